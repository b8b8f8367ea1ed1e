"Shift amounts must be between 0 and 63."
8 >> 1 negate.
