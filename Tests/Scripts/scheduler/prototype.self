"std scheduler has the slots initialObject, initialSelector, readyQueue and
 blockedQueue; the queues start empty and answer the messages of a queue
 (here std deques); copy gives a scheduler with its own queues
 (world-api.md 21, scheduler.self)."
(|
    parent* = std testing test.

    run = ( | s |
        expect: std scheduler initialObject ToBe: nil.
        expect: std scheduler initialSelector ToBe: nil.
        expectToBeTrue: std scheduler readyQueue isEmpty.
        expectToBeTrue: std scheduler blockedQueue isEmpty.
        expect: std scheduler readyQueue size ToBe: 0.
        expect: std scheduler parent ToBeIdenticalTo: std traits scheduler.
        expect: std traits scheduler blockedActor fd ToBe: nil.
        expect: std traits scheduler blockedActor actor ToBe: nil.
        s: std scheduler copy.
        expect: s readyQueue ToNotBeIdenticalTo: std scheduler readyQueue.
        expect: s blockedQueue ToNotBeIdenticalTo: std scheduler blockedQueue.
        s readyQueue add: 1; add: 2.
        expect: s readyQueue shift ToBe: 1.
        expect: (s readyQueue at: 0) ToBe: 2.
        s readyQueue each: [| :e | expect: e ToBe: 2 ].
        expect: std scheduler readyQueue size ToBe: 0 ).
|) run.
