/// Per-actor heaps (docs/memory.md, "Actors"): each actor allocates into a heap of
/// its own, whose collections visit only that actor's roots and objects.
extension VirtualMachine {
    /// The heap of a new actor; `configureActorHeap` connects it to the actor.
    func makeActorHeap(id: Int) -> Heap {
        let heap = Heap(actor: id, budget: memory.globalHeap.budget)
        heap.globalHeap = memory.globalHeap
        return heap
    }

    /// Tells `actor`'s heap what its roots are and how its objects are finalized.
    /// What an actor's collection visits: its registers and frames, the values its
    /// record holds (context, mailbox, blocked descriptor, entry point), and the
    /// heap's own handles and remembered set — nothing of any other actor.
    func configureActorHeap(of actor: Actor) {
        actor.heap.roots = actor
        actor.heap.willFree = finalizer
    }

    /// Frees the heap of an actor that will never run again (finalizing its
    /// descriptors).
    func releaseActorHeap(_ heap: Heap) {
        heap.release()
    }
}
