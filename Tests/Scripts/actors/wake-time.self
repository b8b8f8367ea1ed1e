"_ActorYieldUntil: deadline stops a regular actor with reason yielded (3) and
 records the deadline, which the genesis reads with _ActorWakeTime; after a
 plain _ActorYield, and before the first run, _ActorWakeTime answers nil
 (the VM's extension for sleep:, docs/world.md)."
(|
    parent* = std testing test.

    worker = (|
        parent* = std traits actor.
        main = (
            _ActorYieldUntil: 12345.
            _ActorYield.
            _ActorYieldUntil: 678 ).
    |).

    run = ( | a |
        a: worker spawn.
        expect: a _ActorWakeTime ToBe: nil.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason yielded.
        expect: a _ActorWakeTime ToBe: 12345.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason yielded.
        expect: a _ActorWakeTime ToBe: nil.
        a _ActorResume.
        expect: a _ActorWakeTime ToBe: 678.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead.
        expect: a _ActorWakeTime ToBe: nil ).
|) _Genesis: 'run'.
