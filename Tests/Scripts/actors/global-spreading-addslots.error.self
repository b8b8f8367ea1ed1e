"Expected error: Assignment target is not writable for actor
 Spreading through _AddSlots: on a globally reachable object: the added
 slot values and what they refer to become globally reachable
 (actors.md 6.2)."
_AddSlots: (| actorsSpreadHolder = (| parent* = std traits clonable |) |).
actorsSpreadHolder _AddSlots: (| added = (| flag <- 0 |) |).

(|
    parent* = self.
    main = ( actorsSpreadHolder added flag: 1 ).
|) _Genesis: 'main'.
