"Actor objects are values: they can be stored, put in collections and
 compared with _Eq:; primitives keep working on them (actors.md 2, 5)."
(|
    parent* = std testing test.

    worker = (|
        parent* = std traits actor.
        main = (1).
    |).

    run = ( | a. b. v |
        a: worker spawn.
        b: worker spawn.
        v: std vector copy.
        v add: a; add: b.
        expectToBeTrue: ((v at: 0) _Eq: a).
        expectToBeFalse: ((v at: 1) _Eq: a).
        v each: [| :actor | actor _ActorResume ].
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead.
        expect: (v at: 1) _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.
