"actor-spawn.self: spawns 100,000 actors that each wait until told to finish,
 then prints how many it spawned and ends the process with _Exit: 0 (the idle
 actors are still waiting). Prints 100000. The same program as actor_spawn.erl;
 scripts/bench section actor-spawn, which also runs a copy with 'count = 0' to
 find the memory per idle actor.

 A waiter waits with the world's waitForMessage (std traits actor), which
 keeps it off std scheduler's ready queue until a message comes, as an Erlang
 process waits in receive. (Waiting by yielding in a loop would not do: every
 waiting actor would run once for every later spawn.)"

_AddSlots: (|
    spawner = (|
        parent* = std traits actor.
        count = 100000.

        waiter = (|
            parent* = std traits actor.
            done <- false.
            main = ( [ done ] whileFalse: [ waitForMessage ] ).
            finish = ( done: true ).
        |).

        main = (
            1 through: count Do: [| :i | waiter spawn ].
            count asString printLine.
            _Exit: 0 ).
    |).
|).

std scheduler startWith: spawner.
