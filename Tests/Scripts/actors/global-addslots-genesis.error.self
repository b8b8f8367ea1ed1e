"Expected error: _AddSlots: receiver is not writable for actor
 In actor mode the genesis cannot send _AddSlots: to a globally reachable
 object (actors.md 6.3)."
_AddSlots: (| actorsGlobalAddSlotsObject = (| flag <- 0 |) |).

(|
    parent* = self.
    main = ( actorsGlobalAddSlotsObject _AddSlots: (| other = 1 |) ).
|) _Genesis: 'main'.
