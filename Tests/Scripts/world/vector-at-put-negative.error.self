"at:Put: with a negative index: 'key out of bounds'."
(std vector copy add: 1) at: 1 negate Put: 2.
