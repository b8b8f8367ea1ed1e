"Expected error: Unknown selector 'c:'
 A constant slot does not answer its assignment form (language.md 7.4)."
(| c = 4 |) c: 5.
