"Expected error: _ActorSpawn: sent while the VM is not in actor mode
 _ActorSpawn: outside actor mode (actors.md 4.2 step 1)."
(|
    parent* = std traits clonable.

    spawn = (
        _ActorSetEntrypoint: 'shouldNotReachHere'.
        copy ).

    shouldNotReachHere = ('should not reach here').
|) _ActorSpawn: 'spawn'.
