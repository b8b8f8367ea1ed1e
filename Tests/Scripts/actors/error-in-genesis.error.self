"Expected error: Error raised in Self code: the genesis fails
 A runtime error in the genesis ends actor mode and aborts the whole entry
 script: nothing after the _Genesis: send runs (actors.md 7.2)."
(|
    run = ( _Error: 'the genesis fails' ).
|) _Genesis: 'run'.
_Error: 'not reached: this would be a different error'.
