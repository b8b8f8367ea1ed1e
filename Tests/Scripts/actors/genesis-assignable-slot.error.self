"Expected error: Spawning actor with non-unary method 'foo' not permitted
 _Genesis: naming an assignable slot (read form) is a runtime error
 (actors.md 4.1 step 3)."
(|
    foo <- 1.
|) _Genesis: 'foo'.
