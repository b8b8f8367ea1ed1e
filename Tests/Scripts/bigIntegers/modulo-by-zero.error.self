"Expected error: Modulo by zero
 A big integer modulo zero is an error, as a small one is (docs/numbers.md)."
(2 ** 100) % 0.
