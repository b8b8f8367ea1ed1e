"Expected error: _Genesis: sent while the VM is in actor mode
 _Genesis: in the genesis actor is a runtime error (actors.md 4.1 step 1)."
(|
    run = (
        (|
            shouldNotReachHere = ('should not reach here').
        |) _Genesis: 'shouldNotReachHere' ).
|) _Genesis: 'run'.
