"The yield reason codes as observed by the genesis (actors.md 3, 4.4):
 none 0 before the first run, yielded 3, actorSpawned 5, dead 4,
 runtimeError 1 (blocked 2: blocked.self). std actor yieldReason mirrors
 them (world-api.md 20). _ActorResume answers nil except after a spawn."
(|
    parent* = std testing test.

    stepper = (|
        parent* = std traits actor.
        child = (|
            parent* = std traits actor.
            main = ( _Error: 'the child fails' ).
        |).
        main = (
            _ActorYield.
            child spawn.
            yield ).
    |).

    run = ( | a. b. reasons |
        expect: std actor yieldReason none ToBe: 0.
        expect: std actor yieldReason runtimeError ToBe: 1.
        expect: std actor yieldReason blocked ToBe: 2.
        expect: std actor yieldReason yielded ToBe: 3.
        expect: std actor yieldReason dead ToBe: 4.
        expect: std actor yieldReason actorSpawned ToBe: 5.
        a: stepper spawn.
        expect: a _ActorYieldReason ToBe: 0.
        expect: a _ActorResume ToBe: nil.
        expect: a _ActorYieldReason ToBe: 3.
        b: a _ActorResume.
        expect: a _ActorYieldReason ToBe: 5.
        expect: b _ActorYieldReason ToBe: 0.
        expect: b _ActorResume ToBe: nil.
        expect: b _ActorYieldReason ToBe: 1.
        expect: a _ActorResume ToBe: nil.
        expect: a _ActorYieldReason ToBe: 3.
        expect: a _ActorResume ToBe: nil.
        expect: a _ActorYieldReason ToBe: 4.
        "Reasons stay what they were."
        expect: a _ActorYieldReason ToBe: 4.
        expect: b _ActorYieldReason ToBe: 1 ).
|) _Genesis: 'run'.
