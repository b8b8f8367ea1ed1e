"Expected error: Position passed to _ArrayAt: is out of bounds (position: 3, size: 3)
 (language.md 11.4, primitives.md 3.5)"
(std array _ArrayCopySize: 3 FillingExtrasWith: 0) _ArrayAt: 3.
