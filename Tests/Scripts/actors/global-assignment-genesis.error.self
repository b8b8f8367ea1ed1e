"Expected error: Assignment target is not writable for actor
 In actor mode the genesis cannot assign a slot of a globally reachable
 object (actors.md 6.3)."
_AddSlots: (| actorsGlobalAssignmentObject = (| flag <- 0 |) |).

(|
    parent* = self.
    main = ( actorsGlobalAssignmentObject flag: 'This should fail' ).
|) _Genesis: 'main'.
