"Expected error: Spawning actor with non-unary method 'nonUnaryMethod:' not permitted
 _Genesis: naming a method with arguments is a runtime error
 (actors.md 4.1 step 3)."
(|
    nonUnaryMethod: foo = ('should not reach here').
|) _Genesis: 'nonUnaryMethod:'.
