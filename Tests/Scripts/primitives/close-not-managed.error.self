"Expected error: Expected a managed object for argument 1 of _Close:
 (primitives.md 1.2, 3.7)"
_Close: 1.
