"'key out of bounds' for a negative index."
(std vector copy add: 1) at: 1 negate.
