"Expected error: Assignment target is not writable for actor
 The object checked is the one that holds the slot: a local object that
 inherits an assignable slot from a globally reachable parent cannot assign
 it (actors.md 6.3)."
_AddSlots: (| actorsGlobalParentWithData = (| parent* = std traits clonable. data <- 0 |) |).

(|
    parent* = self.
    main = ( | local |
        local: (| parent* = actorsGlobalParentWithData |).
        local data: 1 ).
|) _Genesis: 'main'.
