"Expected error: Unknown selector '+'
 There are no float primitives and the world defines no float behaviour (language.md 11.2)."
1.5 + 1.
