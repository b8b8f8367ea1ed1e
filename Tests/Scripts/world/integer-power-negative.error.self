"'TODO: Implement negative power'."
2 ** 1 negate.
