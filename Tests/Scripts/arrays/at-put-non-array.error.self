"Expected error: Expected an array for receiver of _ArrayAt:Put:
 (primitives.md 1.2, 3.5)"
'abc' _ArrayAt: 0 Put: 1.
