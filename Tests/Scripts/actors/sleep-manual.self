"sleep: is correct even under a genesis that ignores wake-up times and
 resumes the sleeper at once: it keeps yielding (with its deadline as wake
 time) until the deadline has passed (std traits actor sleep:, an extension:
 docs/world.md). sleep: 0 does not yield at all."
(|
    parent* = std testing test.

    sleeper = (|
        parent* = std traits actor.
        test* = std testing test.
        main = ( | start |
            expect: (sleep: 0) ToBe: nil.
            start: std os monotonicNanoseconds.
            expect: (sleep: 20) ToBe: nil.
            expectToBeTrue: (std os monotonicNanoseconds - start) >= 20000000 ).
    |).

    quick = (|
        parent* = std traits actor.
        main = ( sleep: 0. sleep: 1 negate ).
    |).

    run = ( | a. resumes. deadline |
        a: quick spawn.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead.
        a: sleeper spawn.
        resumes: 0.
        a _ActorResume.
        deadline: a _ActorWakeTime.
        [ a _ActorYieldReason = std actor yieldReason yielded ] whileTrue: [
            expect: a _ActorWakeTime ToBe: deadline.
            resumes: resumes + 1.
            a _ActorResume ].
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead.
        expectToBeFalse: nil == deadline.
        expectToBeTrue: resumes > 0 ).
|) _Genesis: 'run'.
