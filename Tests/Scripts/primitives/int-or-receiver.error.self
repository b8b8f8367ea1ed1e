"Expected error: Expected integer for receiver of _IntOr:
 (primitives.md 1.2, 3.3)"
'1' _IntOr: 1.
