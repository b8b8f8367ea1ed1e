"Expected error: Assignment target is not writable for actor
 Spreading through _ArrayAt:Put: on a globally reachable array
 (actors.md 6.2)."
_AddSlots: (| actorsSpreadArray = std array copySize: 1 |).
actorsSpreadArray at: 0 Put: (| flag <- 0 |).

(|
    parent* = self.
    main = ( (actorsSpreadArray at: 0) flag: 1 ).
|) _Genesis: 'main'.
