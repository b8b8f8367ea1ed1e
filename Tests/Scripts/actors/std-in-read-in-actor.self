"Reading globally reachable state works in actors: std in and std out are
 readable objects (actors.md 6.3, 7.4). (Reading stdin itself is not done:
 the harness does not control it.)"
(|
    parent* = std testing test.

    worker = (|
        parent* = std traits actor.
        test* = std testing test.
        main = (
            expectToBeFalse: nil == std in fd.
            expect: std file defaultReadMaximum ToBe: 8192 ).
    |).

    run = ( | a |
        expectToBeFalse: nil == std out fd.
        a: worker spawn.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.
