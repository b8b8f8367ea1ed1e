"Expected error: Expected an array for receiver of _ArrayCopySize:FillingExtrasWith:
 Only size 0 ignores the receiver (primitives.md 3.5)."
3 _ArrayCopySize: 1 FillingExtrasWith: nil.
