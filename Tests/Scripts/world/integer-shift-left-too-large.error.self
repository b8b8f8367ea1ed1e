"Shift amounts must be between 0 and 63."
1 << 64.
