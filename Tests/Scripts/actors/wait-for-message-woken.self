"A waiting actor is woken by the first message sent to it (once, however many
 follow), and handles them all when resumed (extension: _ActorWaitForMessage,
 _ActorNextWoken)."
(|
    parent* = std testing test.

    parentActor = (|
        parent* = std traits actor.
        child = (|
            parent* = std traits actor.
            got <- 0.
            poke: n = ( got: got + n ).
            main = ( [ got < 3 ] whileTrue: [ _ActorWaitForMessage ] ).
        |).
        c.
        main = ( c: child spawn. _ActorYield. c poke: 1. c poke: 2 ).
    |).

    run = ( | p. c. woken |
        p: parentActor spawn.
        c: p _ActorResume.                       "p spawned c"
        c _ActorResume.                          "c waits: nothing in its mailbox"
        expectToBeTrue: c _ActorWaitsForMessage.
        p _ActorResume.                          "p yields"
        p _ActorResume.                          "p pokes c twice and ends"
        expect: p _ActorYieldReason ToBe: std actor yieldReason dead.
        expectToBeFalse: c _ActorWaitsForMessage.
        woken: _ActorNextWoken.
        expectToBeFalse: nil == woken.
        expectToBeTrue: nil == _ActorNextWoken.
        woken _ActorResume.                      "handles both pokes, then ends"
        expect: woken _ActorYieldReason ToBe: std actor yieldReason dead.
        expect: c _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.
