"actor-idle.self: the genesis spawns 100,000 actors and resumes each once, so that
 each is waiting in yield (the issue's idle actor: spawned, waiting in 'yield'),
 then prints how many and ends the process with _Exit: 0. Prints 100000.
 scripts/bench section actor-spawn runs it, and a copy with 'count = 0', to find
 the memory per idle actor; the Erlang figure beside it is actor_spawn.erl's (a
 process waiting in receive). No scheduler: with std scheduler, actors that wait
 by yielding would all be resumed once per spawn."

(|
    parent* = std traits singleton.
    count = 100000.

    waiter = (|
        parent* = std traits actor.
        main = ( [ true ] whileTrue: [ yield ] ).
    |).

    run = ( | actors |
        actors: std vector copyRemoveAll.
        1 through: count Do: [| :i | actors add: waiter spawn ].
        actors each: [| :a. :i | a _ActorResume ].
        count asString printLine.
        _Exit: 0 ).
|) _Genesis: 'run'.
