"A runtime error in a regular actor kills only that actor (reason 1); the
 genesis and the other actors go on, and the script ends normally
 (actors.md 7.1). The VM's report on standard error is expected output."
(|
    parent* = std testing test.

    failing = (|
        parent* = std traits actor.
        main = (
            yield.
            _Error: 'only this actor dies' ).
    |).

    healthy = (|
        parent* = std traits actor.
        main = (
            yield.
            yield ).
    |).

    run = ( | f. h |
        f: failing spawn.
        h: healthy spawn.
        f _ActorResume.
        h _ActorResume.
        expect: f _ActorResume ToBe: nil.
        expect: f _ActorYieldReason ToBe: std actor yieldReason runtimeError.
        h _ActorResume.
        h _ActorResume.
        expect: h _ActorYieldReason ToBe: std actor yieldReason dead.
        'finished' ).
|) _Genesis: 'run'; = 'finished'; assert.
