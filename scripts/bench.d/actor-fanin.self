"actor-fanin.self: 100 producers each send the numbers 1 .. 10,000 to one
 consumer, which adds them up. Prints the messages received and their sum:
 '1000000 5000500000'. The same program as actor_fanin.erl; scripts/bench
 section actor-fanin.

 A starter actor spawns the consumer, then the producers, each with the
 consumer's proxy in its context. A producer sends its 10,000 messages in one go
 and ends; the consumer handles whatever its mailbox holds each time it is
 resumed, and waits with waitForMessage."

_AddSlots: (|
    fanIn = (|
        parent* = std traits actor.
        producers = 100.

        consumer = (|
            parent* = std traits actor.
            expected = 1000000.
            count <- 0.
            sum <- 0.
            done <- false.
            main = ( [ done ] whileFalse: [ waitForMessage ] ).
            add: i = (
                count: count + 1.
                sum: sum + i.
                count = expected ifTrue: [
                    (count asString, ' ', sum asString) printLine.
                    done: true ] ).
        |).

        producer = (|
            parent* = std traits actor.
            messages = 10000.
            target.
            main = ( 1 through: messages Do: [| :i | target add: i ] ).
        |).

        main = ( | sink. p |
            sink: consumer spawn.
            1 through: producers Do: [| :k |
                p: producer copy.
                p target: sink.
                p spawn ] ).
    |).
|).

std scheduler startWith: fanIn.
