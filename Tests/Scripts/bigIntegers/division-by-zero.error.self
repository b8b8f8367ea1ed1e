"Expected error: Division by zero
 A big integer divided by zero is an error, as a small one is (docs/numbers.md)."
(2 ** 100) / 0.
