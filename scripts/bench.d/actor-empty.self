"actor-empty.self: starts the scheduler with one actor that does nothing, so that
 scripts/bench (the actor sections) can measure the start-up of the VM, the world
 and actor mode, and subtract it from the other actor-*.self runs. Prints
 nothing."

std scheduler startWith: (|
    parent* = std traits actor.
    main = ( nil ).
|).
