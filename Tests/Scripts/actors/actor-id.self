"_ActorID (this VM's extension, docs/primitives-extensions.md) answers the id
 of the actor an actor object stands for: ids follow spawning order, and two
 objects for one actor (the one _ActorResume answered for a spawn, and the one
 _ActorNextWoken answers when a message wakes it) have the same id though they
 are not the same object. The genesis schedules by hand here."
(|
    parent* = std testing test.

    genesis = (|
        parent* = std traits clonable.
        waiter = (|
            parent* = std traits actor.
            poker = (|
                parent* = std traits actor.
                hello = ( sender poke ).
                main = ( yield ).
            |).
            poke = ( nil ).
            main = ( poker spawn hello. waitForMessage ).
        |).

        main = ( | w. p. woken. count. result |
            w: (waiter _ActorSpawn: 'spawnEntrypoint').
            "The waiter spawns the poker: the resume answers the poker's object."
            p: w _ActorResume.
            "It says hello to the poker and waits for a message."
            w _ActorResume.
            count: 0.
            [ woken: _ActorNextWoken. (nil == woken) && [ count < 5 ] ] whileTrue: [
                p _ActorResume.
                count: count + 1 ].
            result: (std vector copyRemoveAll).
            result add: (p _ActorID = (w _ActorID + 1)).
            result add: (nil == woken) not.
            result add: (woken _ActorID = w _ActorID).
            result add: (woken _Eq: w) not.
            result ).
    |).

    run = ( | result |
        result: (genesis _Genesis: 'main').
        expect: result size ToBe: 4.
        result each: [| :each | expect: each ToBe: true ] ).
|) run.
