"Regular actors still alive when the genesis returns are abandoned: they never
 run again, and actor mode can be entered anew (actors.md 4.1)."
(|
    parent* = std testing test.

    scheduler = (|
        parent* = std testing test.

        looper = (|
            parent* = std traits actor.
            main = ( [ true ] whileTrue: [ yield ] ).
        |).

        main = ( | a |
            a: looper spawn.
            a _ActorResume.
            expect: a _ActorYieldReason ToBe: std actor yieldReason yielded.
            a _ActorResume.
            expect: a _ActorYieldReason ToBe: std actor yieldReason yielded.
            'left' ).
    |).

    run = (
        expect: (scheduler _Genesis: 'main') ToBe: 'left'.
        expect: (scheduler _Genesis: 'main') ToBe: 'left' ).
|) run.
