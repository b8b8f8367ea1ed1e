"Expected error: Expected positive integer for argument 1 of _ArrayCopySize:FillingExtrasWith:
 (primitives.md 1.2, 3.5)"
std array _ArrayCopySize: 1 negate FillingExtrasWith: nil.
