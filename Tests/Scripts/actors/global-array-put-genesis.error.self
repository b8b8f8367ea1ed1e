"Expected error: _ArrayAt:Put: receiver is not writable for actor
 In actor mode the genesis cannot store into a globally reachable array
 (actors.md 6.3)."
_AddSlots: (| actorsGlobalArray = std array copySize: 2 |).

(|
    parent* = self.
    main = ( actorsGlobalArray at: 0 Put: 'This should fail' ).
|) _Genesis: 'main'.
