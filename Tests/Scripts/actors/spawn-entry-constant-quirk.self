"Quirk: when the entry selector names a non-method constant, _ActorSpawn:
 answers that constant and creates no actor (actors.md 4.2 step 5)."
(|
    parent* = std testing test.

    receiverObject = (|
        spawn = (
            _ActorSetEntrypoint: 'value'.
            self ).
        value = 'a constant'.
    |).

    run = (
        expect: (receiverObject _ActorSpawn: 'spawn') ToBe: 'a constant' ).
|) _Genesis: 'run'.
