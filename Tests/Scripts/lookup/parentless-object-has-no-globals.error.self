"Expected error: Unknown selector 'nil'
 Objects that do not inherit from the lobby cannot see global names
 (language.md 7.5)."
(| m = (nil) |) m.
