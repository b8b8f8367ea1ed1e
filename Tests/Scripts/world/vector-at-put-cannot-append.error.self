"at:Put: cannot append: 'key out of bounds'."
std vector copy at: 0 Put: 1.
