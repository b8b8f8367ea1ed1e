"Expected error: Expected an array for receiver of _ArrayCopySize:FillingExtrasWith:
 Sent with an implicit receiver, the receiver is the lobby: fine for size 0 only (primitives.md 3.5)."
_ArrayCopySize: 2 FillingExtrasWith: nil.
