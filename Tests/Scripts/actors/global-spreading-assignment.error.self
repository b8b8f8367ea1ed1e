"Expected error: Assignment target is not writable for actor
 Spreading: a fresh object assigned to a slot of the lobby outside actor
 mode becomes globally reachable, and so does everything it refers to, so
 in actor mode writing into a nested object fails (actors.md 6.2)."
_AddSlots: (| actorsSpreadAssigned <- nil |).
actorsSpreadAssigned: (| inner = (| flag <- 0 |) |).

(|
    parent* = self.
    main = ( actorsSpreadAssigned inner flag: 1 ).
|) _Genesis: 'main'.
