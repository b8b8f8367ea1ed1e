"actor.self: std traits actor and std actor (world-api.md 20, actors.md).

 std traits actor is the usual parent of the objects that programs turn into
 actors. 'spawn' sends '_ActorSpawn: spawnEntrypoint'; the spawn method names
 the entry method ('entrypoint', 'main' by default) and answers a copy of the
 receiver, which the VM blesses into the new actor as its context. In the
 genesis 'spawn' answers an actor object; in a regular actor it answers a
 proxy, and the spawner stops with reason actorSpawned until it is resumed.

 Extension (docs/world.md): 'sleep: milliseconds' suspends only the sending
 actor, through _ActorYieldUntil:, which stops it with reason yielded and
 records the deadline for the scheduler (std scheduler keeps sleeping actors
 off the ready queue until their deadline). sleep: checks the clock itself
 and yields again while the deadline is in the future, so it is correct under
 any scheduler, even one that resumes the actor early."

std traits _AddSlots: (|
    actor = (|
        parent* = std traits clonable.

        "The codes of _ActorYieldReason (actors.md 3)."
        yieldReason = (|
            "Never run, or running now."
            none = 0.
            "A runtime error reached the top of the actor. Terminal."
            runtimeError = 1.
            "A blocking primitive got EAGAIN; see _ActorBlockedFD."
            blocked = 2.
            "The actor sent _ActorYield (or _ActorYieldUntil:)."
            yielded = 3.
            "The entry method returned. Terminal."
            dead = 4.
            "The actor spawned another; _ActorResume answered the new actor."
            actorSpawned = 5.
        |).

        "The selector of the entry method. Override it to choose another."
        entrypoint = 'main'.

        spawn = (_ActorSpawn: 'spawnEntrypoint').

        "The spawn method: names the entry method and answers the context of
         the new actor."
        spawnEntrypoint = (
            _ActorSetEntrypoint: entrypoint.
            copy ).

        main = (_Error: 'The actor is missing an entrypoint!').

        "Lets the other actors run. The result is unspecified (actors.md 4.5)."
        yield = (_ActorYield).

        "A proxy for the sender of the message being handled."
        sender = (_ActorSender).

        "Extension: suspends this actor (only) for at least the given number of
         milliseconds, and answers nil. Zero or less does not yield. Like
         yield, it cannot be used while handling a message (the actor would
         die with 'Actor message caused actor switch')."
        "Extension (docs/world.md): suspends the actor until a message comes
         (the scheduler leaves it aside meanwhile), then lets it handle its
         mailbox and continue; it may also come back early, under a scheduler
         that knows nothing of waiting, so callers wait in a loop on their own
         condition: '[ done ] whileFalse: [ waitForMessage ]'."
        waitForMessage = (_ActorWaitForMessage).

        sleep: milliseconds = ( | deadline |
            deadline: std os monotonicNanoseconds + (milliseconds * 1000000).
            [ std os monotonicNanoseconds < deadline ] whileTrue: [
                _ActorYieldUntil: deadline ].
            nil ).
    |).
|).

std _AddSlots: (|
    actor = (|
        parent* = std traits actor.
    |).
|).
