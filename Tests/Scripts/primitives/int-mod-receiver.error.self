"Expected error: Expected integer for receiver of _IntMod:
 (primitives.md 1.2, 3.3)"
nil _IntMod: 3.
