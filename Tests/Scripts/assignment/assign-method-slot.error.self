"Expected error: Unknown selector 'size:'
 A unary method slot is a constant slot: it has no assignment form
 (language.md 4.2, 7.4)."
(| size = (3) |) size: 4.
