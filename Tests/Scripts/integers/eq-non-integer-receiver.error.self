"Expected error: Expected integer for receiver of _IntEq:
 _IntEq: accepts any argument but needs an integer receiver (primitives.md 3.3)."
'3' _IntEq: 3.
