"Integer underflow: -2^62 - 1."
((2 ** 61) negate * 2) - 1.
