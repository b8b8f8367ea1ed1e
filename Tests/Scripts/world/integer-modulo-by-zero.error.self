"Modulo by zero."
1 % 0.
