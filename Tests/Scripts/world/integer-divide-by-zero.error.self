"Division by zero."
1 / 0.
