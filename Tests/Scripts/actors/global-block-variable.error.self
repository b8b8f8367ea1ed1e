"Expected error: Assignment target is not writable for actor
 A block that the world holds keeps its captured variables in a globally
 reachable context: assigning one from an actor changes global state, so it is
 refused like a slot assignment (actors.md 6.3)."
_AddSlots: (|
    actorsGlobalCounterBlock = (| make = ( | count <- 0 | [ count: count + 1 ] ) |) make.
|).

(|
    parent* = std traits singleton.
    main = ( actorsGlobalCounterBlock value ).
|) _Genesis: 'main'.
