"Expected error: Unknown selector 'p:'
 A constant parent slot 'p* = ...' is not assignable, so 'p:' finds nothing
 (language.md 4.2, 7.4)."
(| p* = (| x = 1 |) |) p: (| x = 2 |).
