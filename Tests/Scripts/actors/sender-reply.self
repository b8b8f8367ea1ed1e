"While a message is handled, the world's sender (_ActorSender) answers a proxy
 for the actor that sent it; replies are ordinary messages sent to it
 (actors.md 4.6, 5)."
(|
    parent* = std testing test.

    client = (|
        parent* = std traits actor.
        test* = std testing test.
        answer <- nil.

        server = (|
            parent* = std traits actor.
            ask: n = ( sender reply: n * 2 ).
            main = ( nil ).
        |).

        reply: n = ( answer: n ).

        main = ( | s |
            s: server spawn.
            s ask: 21.
            [ nil == answer ] whileTrue: [ yield ].
            expect: answer ToBe: 42 ).
    |).

    run = ( | c. s. guard |
        c: client spawn.
        s: c _ActorResume.
        guard: 0.
        [ (c _ActorYieldReason = std actor yieldReason dead) || [ guard > 10 ] ] whileFalse: [
            c _ActorResume.
            (s _ActorYieldReason = std actor yieldReason dead) ifFalse: [ s _ActorResume ].
            guard: guard + 1 ].
        expect: c _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.
