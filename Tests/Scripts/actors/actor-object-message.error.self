"Expected error: Unknown selector 'foo'
 An ordinary message sent to an actor object in the genesis is 'Unknown
 selector' (actors.md 5: ZigSelf aborts; the new VM SHOULD raise)."
(|
    worker = (|
        parent* = std traits actor.
        main = (1).
    |).

    run = ( worker spawn foo ).
|) _Genesis: 'run'.
