"An actor's own objects and its local variables are always writable: clones
 of global prototypes, objects it creates, and (for the genesis) its blessed
 context (actors.md 6.3). Reading globally reachable objects works."
(|
    parent* = std testing test.
    count <- 0.

    worker = (|
        parent* = std traits actor.
        test* = std testing test.
        count <- 0.
        main = ( | v. o |
            count: 1.
            v: std vector copy.
            v add: 1; add: 2.
            o: (| x <- 0 |).
            o x: 5.
            o _AddSlots: (| y = 6 |).
            expect: v size ToBe: 2.
            expect: o x + o y ToBe: 11.
            expect: std vector size ToBe: 0 ).
    |).

    run = ( | v. a. arr |
        count: 3.
        v: std vector copy add: 'x'.
        arr: (std array copySize: 2).
        arr at: 0 Put: v.
        expect: count ToBe: 3.
        expect: ((arr at: 0) at: 0) ToBe: 'x'.
        a: worker spawn.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.
