"Expected error: Position passed to _ArrayAt:Put: is out of bounds (position: 3, size: 3)
 (primitives.md 3.5; the wording follows _ArrayAt:)"
(std array _ArrayCopySize: 3 FillingExtrasWith: 0) _ArrayAt: 3 Put: 1.
