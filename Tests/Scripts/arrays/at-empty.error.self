"Expected error: Position passed to _ArrayAt: is out of bounds (position: 0, size: 0)
 (language.md 11.4, primitives.md 3.5)"
std array _ArrayAt: 0.
