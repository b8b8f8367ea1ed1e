"A block stored away and run from another method while its home is still
 active returns from its home, not from the method that ran it
 (language.md 7.7)."
(|
    parent* = std testing test.
    stored.
    runnerFinished <- false.

    runner = (
        stored value.
        runnerFinished: true.
        'runner' ).

    home = (
        stored: [ ^ 'from home' ].
        runner.
        'home fell through' ).

    run = (
        expect: home ToBe: 'from home'.
        expectToBeFalse: runnerFinished ).
|) run.
