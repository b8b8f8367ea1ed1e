"Printing through std out works in the genesis and in regular actors
 (actors.md 6.3, 7.4): writing an empty string changes nothing visible."
(|
    parent* = std testing test.

    worker = (|
        parent* = std traits actor.
        main = ( std out write: '' ).
    |).

    run = ( | a |
        expect: (std out write: '') ToBe: 0.
        a: worker spawn.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.
