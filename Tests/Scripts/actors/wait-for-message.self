"Extension: _ActorWaitForMessage stops a regular actor like _ActorYield
 (reason yielded) and, when its mailbox is empty, marks it waiting
 (_ActorWaitsForMessage answers true) until a message comes; the message puts
 it on the woken list, which _ActorNextWoken takes from, oldest first, one
 actor object at a time, then nil (docs/primitives-extensions.md)."
(|
    parent* = std testing test.

    waiter = (|
        parent* = std traits actor.
        got <- 0.
        poke: n = ( got: got + n ).
        main = ( [ got < 3 ] whileTrue: [ _ActorWaitForMessage ] ).
    |).

    run = ( | w |
        w: waiter spawn.
        w _ActorResume.
        expect: w _ActorYieldReason ToBe: std actor yieldReason yielded.
        expectToBeTrue: w _ActorWaitsForMessage.
        expectToBeTrue: nil == _ActorNextWoken.
        "Resuming a waiting actor early is harmless: it handles nothing and
         waits again (wait-for-message-woken.self wakes one with messages)."
        w _ActorResume.
        expectToBeTrue: w _ActorWaitsForMessage ).
|) _Genesis: 'run'.
