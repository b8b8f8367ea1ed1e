"Expected error: Spawning actor with non-unary method 'foo:' not permitted
 _Genesis: naming the assignment form of an assignable slot is a runtime error
 (actors.md 4.1 step 3)."
(|
    foo.
|) _Genesis: 'foo:'.
