"_ActorSetEntrypoint: only stores the selector and answers nil, even when the
 genesis sends it outside a spawn method (actors.md 4.2 step 3,
 primitives.md 3.6)."
(|
    parent* = std testing test.

    run = (
        expect: (_ActorSetEntrypoint: 'anything') ToBe: nil ).
|) _Genesis: 'run'.
