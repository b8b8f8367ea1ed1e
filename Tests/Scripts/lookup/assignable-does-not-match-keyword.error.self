"Expected error: Unknown selector 'foo:Bar:'
 Selectors are looked up as a whole: the assignment form of 'foo' is 'foo:'
 with exactly one colon, so 'foo:Bar:' does not match (language.md 7.4)."
(| foo <- 1 |) foo: 1 Bar: 2.
