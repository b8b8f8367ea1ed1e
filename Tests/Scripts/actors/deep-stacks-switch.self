"_ActorResume is a context switch, not a nested call (actors.md 4.3): each actor
 keeps its own stack, so 200 actors that each yield from 2,000 activations deep,
 several times, are resumed in turn without growing anything but their own
 stacks, and each finds its own recursion intact when it continues."
(|
    parent* = std testing test.

    digger = (|
        parent* = std traits actor.
        depth <- 0.
        total <- 0.
        "Recurses n deep, yields at the bottom three times, and adds up on the way back."
        dig: n = ( n = 0
            ifTrue: [ yield. yield. yield. 0 ]
            False: [ (dig: n - 1) + 1 ] ).
        main = (
            total: (dig: 2000).
            total = 2000 ifFalse: [ _Error: 'the recursion came back wrong' ] ).
    |).

    run = ( | actors. rounds |
        actors: std vector copyRemoveAll.
        1 through: 200 Do: [| :i | actors add: digger spawn ].
        rounds: 0.
        [ actors isEmpty ] whileFalse: [ | next |
            next: std vector copyRemoveAll.
            actors each: [| :a |
                a _ActorResume.
                a _ActorYieldReason = std actor yieldReason yielded
                    ifTrue: [ next add: a ]
                    False: [ expect: a _ActorYieldReason ToBe: std actor yieldReason dead ] ].
            actors: next.
            rounds: rounds + 1 ].
        "Three yields each, then one more round in which each finishes."
        expect: rounds ToBe: 4 ).
|) _Genesis: 'run'.
