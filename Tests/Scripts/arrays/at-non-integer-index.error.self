"Expected error: Expected integer for argument 1 of _ArrayAt:
 (primitives.md 1.2)"
(std array _ArrayCopySize: 3 FillingExtrasWith: 0) _ArrayAt: '0'.
