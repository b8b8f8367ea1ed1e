"Regression (issue 8, found by the fuzzers): when blessing a genesis result
 into the global actor failed (the result holds an actor object), the copies
 made so far stayed in the global heap holding the genesis's references, and
 the isolation check (self test --verify-isolation, SELF_VERIFY_ISOLATION)
 aborted at the next collection. The copies are cleared when a blessing fails."
_AddSlots: (| genesisScrubCaught <- false |).
'(| parent* = std traits clonable. run = ( [| a | a: (std array copySize: 1). a at: 0 Put: ((| parent* = std traits actor. main = ( nil ) |) spawn). a ] value ) |) _Genesis: \'run\'' _EvaluateStringIfFail: [ genesisScrubCaught: true ].
(|
    parent* = std testing test.
    run = (
        expectToBeTrue: genesisScrubCaught.
        "Collections of the global heap, which the isolation check runs at."
        1 to: 100 Do: [| :i | std array copySize: 100000 ] ).
|) run.
