"Expected error: Expected an array for receiver of _ArrayAt:
 (primitives.md 3.5)"
'abc' _ArrayAt: 0.
