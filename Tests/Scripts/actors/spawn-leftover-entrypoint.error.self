"Expected error: The actor did not set an entrypoint selector during its spawn activation
 The entrypoint selector set by a spawn method that then failed must not
 satisfy a later spawn whose method sets none: the slot is cleared at the
 start of every _ActorSpawn: (actors.md 4.2 step 4, quirk/defect of ZigSelf)."
(|
    parent* = std testing test.

    failing = (|
        spawn = (
            _ActorSetEntrypoint: 'main'.
            _Error: 'failing after setting the entrypoint' ).
        main = (1).
    |).

    forgetful = (|
        spawn = ( () ).
        main = (1).
    |).

    run = (
        expect: (failing _ActorSpawn: 'spawn') ToBe: nil.
        forgetful _ActorSpawn: 'spawn' ).
|) _Genesis: 'run'.
