"Expected error: Expected positive integer for argument 1 of _ArrayAt:
 (primitives.md 1.2, 3.5)"
(std array _ArrayCopySize: 3 FillingExtrasWith: 0) _ArrayAt: 1 negate.
