"Expected error: Expected integer for receiver of _IntAdd:
 (primitives.md 1.2, 3.3)"
'a' _IntAdd: 3.
