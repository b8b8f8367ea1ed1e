"actor-ring.self: 1,000 actors in a ring pass a token 1,000,000 hops. The token
 carries the number of hops left; the node that receives 0 prints the hops made
 and its own index, then a stop goes once round the ring. Prints '1000000 1':
 1,000,000 hops from node 1 end at node 1. The same program as actor_ring.erl;
 scripts/bench section actor-ring.

 A starter actor spawns the nodes, tells each its successor (a proxy passed as
 an argument arrives as a proxy for the same actor), hands the token to node 1
 and ends. Nodes wait with waitForMessage (std traits actor), which keeps them
 off the scheduler's ready queue until a message comes, so a hop costs one
 resume. (The k-th node spawned gets index 1001 - k.)"

_AddSlots: (|
    ringStarter = (|
        parent* = std traits actor.
        nodes = 1000.

        node = (|
            parent* = std traits actor.
            hops = 1000000.
            index <- 0.
            successor.
            done <- false.

            main = ( [ done ] whileFalse: [ waitForMessage ] ).
            next: aNode = ( successor: aNode ).
            token: left = (
                left = 0
                    ifTrue: [
                        (hops asString, ' ', index asString) printLine.
                        done: true.
                        successor stop ]
                    False: [ successor token: left - 1 ] ).
            stop = ( done ifFalse: [ done: true. successor stop ] ).
        |).

        main = ( | proxies. n |
            "proxies at: i - 1 is node i."
            proxies: (std array copySize: nodes).
            1 through: nodes Do: [| :k |
                n: node copy.
                n index: (nodes + 1) - k.
                proxies at: nodes - k Put: n spawn ].
            0 to: nodes Do: [| :i |
                (proxies at: i) next: (proxies at: (i + 1) % nodes) ].
            (proxies at: 0) token: (node hops) ).
    |).
|).

std scheduler startWith: ringStarter.
