"With std scheduler, actors that wait with waitForMessage are left aside until a
 message comes: 200 waiting workers, each poked once by a coordinator, are each
 resumed at most twice (once to start waiting, once with the poke), not once
 per turn of the others (std traits actor extension, docs/world.md). The
 coordinator reports through a global byte array, which actors may write
 (_ByteAt:Put: is not write-protected: primitives.md 3.4)."
_AddSlots: (| schedulerWaitForMessageResult <- '-' |).

(|
    parent* = std testing test.

    coordinator = (|
        parent* = std traits actor.
        worker = (|
            parent* = std traits actor.
            runs <- 0.
            poked <- false.
            poke = ( poked: true. sender ran: runs ).
            main = ( [ poked ] whileFalse: [ runs: runs + 1. waitForMessage ] ).
        |).
        replies <- 0.
        mostRuns <- 0.
        ran: n = (
            replies: replies + 1.
            mostRuns: mostRuns max: n ).
        main = ( | workers |
            workers: std vector copyRemoveAll.
            1 through: 200 Do: [| :i | workers add: worker spawn ].
            workers each: [| :w. :i | w poke ].
            [ replies < 200 ] whileTrue: [ waitForMessage ].
            schedulerWaitForMessageResult _ByteAt: 0 Put: (mostRuns asString _ByteAt: 0) ).
    |).

    run = (
        expect: (std scheduler startWith: coordinator) ToBe: nil.
        expect: schedulerWaitForMessageResult ToBe: '1' ).
|) run.
