"Expected error: Expected integer for receiver of _IntLT:
 (primitives.md 1.2, 3.3)"
nil _IntLT: 1.
