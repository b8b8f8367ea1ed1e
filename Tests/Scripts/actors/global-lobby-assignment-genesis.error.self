"Expected error: Assignment target is not writable for actor
 The lobby itself is globally reachable: the genesis cannot assign its
 assignable slots (actors.md 6.2, 6.3)."
_AddSlots: (| actorsLobbyCounter <- 0 |).

(|
    parent* = self.
    main = ( actorsLobbyCounter: 1 ).
|) _Genesis: 'main'.
