"A runtime error inside a spawn method sent by the genesis: the VM reports it
 ('Received error at top level while spawning actor: ...' on standard error),
 _ActorSpawn: answers nil, and the genesis continues (actors.md 4.2 step 3).
 The report is expected output of this test."
(|
    parent* = std testing test.

    broken = (|
        spawn = ( _Error: 'Some random error' ).
    |).

    worker = (|
        parent* = std traits actor.
        main = (1).
    |).

    run = ( | a |
        expect: (broken _ActorSpawn: 'spawn') ToBe: nil.
        "The genesis still works, and can spawn again."
        a: worker spawn.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead.
        'continued' ).
|) _Genesis: 'run'; = 'continued'; assert.
