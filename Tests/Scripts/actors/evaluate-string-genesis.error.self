"Expected error: _EvaluateStringIfFail: sent while the VM is in actor mode
 _EvaluateStringIfFail: in actor mode is a runtime error (actors.md 7.4:
 ZigSelf aborts; the new VM SHOULD raise)."
(|
    run = ( '3 + 4' _EvaluateStringIfFail: [| :e | e ] ).
|) _Genesis: 'run'.
