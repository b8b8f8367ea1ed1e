"scheduler.self: std traits scheduler and std scheduler, the world's
 round-robin scheduler (world-api.md 21, actors.md).

 'startWith: obj' makes a copy of the scheduler holding obj and sends
 '_Genesis: main' to it, so the copy (blessed) becomes the genesis context and
 'main' is the genesis loop. The loop spawns the first actor, then resumes
 actors one at a time in FIFO order and files each one by the reason it
 stopped for: yielded actors go to the end of the ready queue, blocked ones to
 the blocked queue, a spawner goes back followed by the actor it spawned, and
 dead or failed ones are dropped. Blocked descriptors are polled (POLLIN) only
 when no actor is ready. The loop answers nil, which ends actor mode, when no
 actor is ready, blocked or sleeping.

 Differences from ZigSelf's scheduler, none of them visible to a program that
 does not sleep (or step, below):
 * readyQueue and blockedQueue are std deques (deque.self), not vectors, so
   taking the front is O(1); they answer the vector messages a queue needs
   (add:, shift, at:, size, isEmpty, each:, copy, copyRemoveAll). A poll
   rebuilds the blocked queue in one pass.
 * Sleeping (the std traits actor extension 'sleep:'): an actor that yields
   with a wake-up time in the future (_ActorWakeTime) waits in
   sleepingActors, a binary min-heap by deadline (ties in the order they fell
   asleep), instead of the ready queue. Before each pick, sleepers whose
   deadline has passed join the end of the ready queue. When no actor is
   ready, the poll waits at most until the nearest deadline (in ms, rounded
   up; forever when nobody sleeps; with no descriptors at all when nothing is
   blocked).
 * Stepping (the REPL's): with 'stepping' true, the loop sends
   '_SchedulerWillResume: actor' before each resume (steppedBefore:), which
   holds the REPL's step prompt: it answers the actor to resume it (and
   '_SchedulerStepped:' true), or another ready actor the prompt picked
   (a replayed schedule), which runs instead while the loop's own choice
   goes back to the front of the ready queue; or it runs an expression
   typed there in the genesis, whose value '_SchedulerStepped:' shows
   before answering false to stop again. Aborting there fails the genesis."

std traits _AddSlots: (|
    scheduler = (|
        parent* = std traits clonable.

        "An entry of the blocked queue."
        blockedActor = (|
            parent* = std traits clonable.
            fd.
            actor.
        |).

        "An entry of sleepingActors: it wakes at 'deadline' (monotonic ns);
         'sequence' orders entries with equal deadlines."
        sleepingActor = (|
            parent* = std traits clonable.
            deadline.
            sequence.
            actor.

            precedes: other = (
                (deadline < other deadline) || [
                    (deadline = other deadline) && [ sequence < other sequence ] ] ).
        |).

        "A new scheduler with copies of its queues."
        copy = (
            clone readyQueue: readyQueue copy;
                blockedQueue: blockedQueue copy;
                sleepingActors: sleepingActors copy ).

        startWith: obj = (startBySending: 'spawnEntrypoint' To: obj).

        "Runs the genesis loop on a copy of the scheduler, starting with the
         actor that 'obj _ActorSpawn: selector' makes. Answers nil when every
         actor has finished. Must be sent outside actor mode."
        startBySending: selector To: obj = (
            copy initialObject: obj; initialSelector: selector; _Genesis: 'main' ).

        "The genesis loop (world-api.md 21). Not meant to be sent by programs.
         The common turn (an actor ready, nobody asleep, the actor yields) is
         kept to a few sends: it is what every message exchange between actors
         costs. Reason codes are compared as the integers of std actor
         yieldReason (3 yielded, 2 blocked, 5 actorSpawned)."
        main = ( | actor. result. reason. woken. direct. ready. sleeping. step |
            "The queues stay the same objects for the whole loop: kept in locals,
             they cost no send on every turn; so does the stepping switch, which
             is set before a session starts."
            ready: readyQueue.
            sleeping: sleepingActors.
            step: stepping.
            ready addLast: (initialObject _ActorSpawn: initialSelector).
            [ true ] whileTrue: [
                "Actors a message has woken join the end of the ready queue, then
                 sleepers that are due; the front runs. When exactly one actor
                 woke, nobody is ready and nobody sleeps, that actor is the one
                 the queue would give: it runs without going through it."
                actor: _ActorNextWoken.
                direct: false.
                nil == actor ifFalse: [
                    ready size = 0 ifTrue: [
                        sleeping size = 0 ifTrue: [
                            woken: _ActorNextWoken.
                            nil == woken
                                ifTrue: [ direct: true ]
                                False: [ ready addLast: actor. actor: woken ] ] ] ].
                direct ifFalse: [
                    nil == actor ifFalse: [ ready addLast: actor ].
                    [ woken: _ActorNextWoken. nil == woken ] whileFalse: [ ready addLast: woken ].
                    sleeping size = 0 ifFalse: [ wakeSleepers ].
                    actor: (ready size = 0
                        ifTrue: [ nextActor ]
                        False: [ ready removeFirst ]).
                    nil == actor ifTrue: [ ^ nil ] ].
                step ifTrue: [ actor: (steppedBefore: actor) ].
                result: actor _ActorResume.
                reason: actor _ActorYieldReason.
                reason = 3
                    ifTrue: [
                        "An actor waiting for a message comes back through
                         _ActorNextWoken when one arrives."
                        actor _ActorWaitsForMessage ifFalse: [
                            nil == actor _ActorWakeTime
                                ifTrue: [ ready addLast: actor ]
                                False: [ yielded: actor ] ] ]
                    False: [ stopped: actor Reason: reason Result: result ] ] ).

        "Polls the blocked descriptors for readability, waiting at most until
         the nearest sleeper's deadline, and moves the actors whose
         descriptor is ready, in blocked-queue order, to the end of the ready
         queue. The others stay blocked. A poll error is raised with
         raiseError; EINTR retries."
        pollBlockedFDs = ( | fds. events. count. remaining |
            fds: (std array copySize: blockedQueue size).
            events: (std array copySize: blockedQueue size).
            std os tryWhileInterrupted: [| :fail |
                blockedQueue each: [| :blocked. :i |
                    fds at: i Put: blocked fd.
                    events at: i Put: 1 ].
                count: (std os pollFDs: fds Events: events WaitingForMS: pollTimeout IfFail: fail) ]
            IfFail: raiseError.
            count = 0 ifTrue: [ ^ self ].
            remaining: blockedQueue copyRemoveAll.
            events each: [| :event. :i |
                event = 0
                    ifTrue: [ remaining addLast: (blockedQueue at: i) ]
                    False: [ readyQueue addLast: (blockedQueue at: i) actor ] ].
            blockedQueue: remaining.
            self ).

        "Private: the next actor to resume, or nil when there is none. Waits
         (polling) when nobody is ready but some actor is blocked or asleep."
        nextActor = (
            wakeSleepers.
            readyQueue isEmpty ifFalse: [ ^ readyQueue removeFirst ].
            [ blockedQueue isEmpty && [ sleepingActors isEmpty ] ] whileFalse: [
                pollBlockedFDs.
                wakeSleepers.
                readyQueue isEmpty ifFalse: [ ^ readyQueue removeFirst ].
                "A poll that waited forever and reported nothing: as in
                 ZigSelf, the loop ends."
                sleepingActors isEmpty ifTrue: [ ^ nil ] ].
            nil ).

        "Private, the REPL's stepping mode: holds the step prompt before
         'actor' resumes (_SchedulerWillResume:) and answers the actor to
         resume. That is 'actor', unless the prompt picked another ready actor
         (a replayed schedule, or 'pick' at step>): then that one leaves the
         ready queue and 'actor' goes back to its front. An actor that is not
         in the ready queue is not taken: 'actor' runs."
        steppedBefore: actor = ( | chosen. id |
            [ chosen: (_SchedulerWillResume: actor). _SchedulerStepped: chosen ] whileFalse: [].
            id: chosen _ActorID.
            id = actor _ActorID ifTrue: [ ^ actor ].
            readyQueue each: [| :queued. :i |
                queued _ActorID = id ifTrue: [
                    readyQueue remove: i IfAbsent: [].
                    readyQueue addFirst: actor.
                    ^ queued ] ].
            actor ).

        "Private: files an actor that stopped for another reason than a
         yield: blocked ones wait for their descriptor, a spawner goes back to
         the ready queue followed by the actor it spawned, dead and failed ones
         are dropped (the VM has reported any error)."
        stopped: actor Reason: reason Result: result = (
            reason = 2 ifTrue: [
                blockedQueue addLast: (blockedActor copy fd: actor _ActorBlockedFD; actor: actor).
                ^ self ].
            reason = 5 ifTrue: [
                readyQueue addLast: actor; addLast: result.
                ^ self ].
            self ).

        "Private: a yielded actor goes to the end of the ready queue, unless
         it asked to sleep until a time still in the future."
        yielded: actor = ( | wake |
            wake: actor _ActorWakeTime.
            (nil == wake) || [ wake <= std os monotonicNanoseconds ] ifTrue: [
                readyQueue addLast: actor.
                ^ self ].
            addSleeper: actor Until: wake ).

        "Private: the poll timeout in ms: until the nearest deadline, rounded
         up (0 if it has passed), or -1 (forever) when nobody sleeps."
        pollTimeout = ( | ms |
            sleepingActors isEmpty ifTrue: [ ^ 1 negate ].
            ms: (((sleepingActors at: 0) deadline - std os monotonicNanoseconds) + 999999) / 1000000.
            (ms max: 0) min: 2147483647 ).

        "Private: moves every sleeper whose deadline has passed, earliest
         first, to the end of the ready queue."
        wakeSleepers = ( | now |
            sleepingActors isEmpty ifTrue: [ ^ self ].
            now: std os monotonicNanoseconds.
            [ sleepingActors isEmpty not && [ (sleepingActors at: 0) deadline <= now ] ]
                whileTrue: [ readyQueue addLast: removeEarliestSleeper actor ].
            self ).

        "Private: heap insertion, O(log n)."
        addSleeper: actor Until: deadline = (
            sleepingActors add: (sleepingActor copy deadline: deadline; sequence: sleepSequence; actor: actor).
            sleepSequence: sleepSequence + 1.
            siftUpSleeper: sleepingActors size - 1 ).

        "Private: removes and answers the heap's first entry, O(log n)."
        removeEarliestSleeper = ( | earliest. last |
            earliest: (sleepingActors at: 0).
            last: (sleepingActors at: sleepingActors size - 1).
            sleepingActors remove: sleepingActors size - 1.
            sleepingActors isEmpty ifFalse: [
                sleepingActors at: 0 Put: last.
                siftDownSleeper: 0 ].
            earliest ).

        "Private: moves entry i up while it precedes its parent."
        siftUpSleeper: i = ( | j. up |
            j: i.
            [ (j > 0) && [
                up: (j - 1) / 2.
                (sleepingActors at: j) precedes: (sleepingActors at: up) ] ]
                whileTrue: [
                    swapSleeper: j With: up.
                    j: up ].
            self ).

        "Private: moves entry i down while a child precedes it."
        siftDownSleeper: i = ( | j. child. n |
            j: i.
            n: sleepingActors size.
            [ child: (2 * j) + 1. child < n ] whileTrue: [
                ((child + 1) < n) && [
                    (sleepingActors at: child + 1) precedes: (sleepingActors at: child) ]
                    ifTrue: [ child: child + 1 ].
                ((sleepingActors at: child) precedes: (sleepingActors at: j)) ifFalse: [ ^ self ].
                swapSleeper: j With: child.
                j: child ].
            self ).

        "Private: swaps heap entries i and j."
        swapSleeper: i With: j = ( | t |
            t: (sleepingActors at: i).
            sleepingActors at: i Put: (sleepingActors at: j).
            sleepingActors at: j Put: t.
            self ).
    |).
|).

std _AddSlots: (|
    scheduler = (|
        parent* = std traits scheduler.

        initialObject.
        initialSelector.

        "Actors ready to resume, front first."
        readyQueue <- std deque copyRemoveAll.
        "Actors blocked on a descriptor: std traits scheduler blockedActor
         entries, oldest first."
        blockedQueue <- std deque copyRemoveAll.
        "Extension: the sleeping actors, a binary min-heap (a vector) of
         std traits scheduler sleepingActor entries."
        sleepingActors <- std vector copyRemoveAll.
        sleepSequence <- 0.
        "Extension: when true, the loop stops before every resume for the
         REPL's stepping mode (_SchedulerWillResume:, docs/repl.md). The REPL
         sets it on std scheduler before a session; copies take it along."
        stepping <- false.
    |).
|).
