/// Every debug switch of the VM, in one place. Each is off by default and costs one
/// predictable branch where it is tested. The CLI turns them on from flags or the
/// environment (`SELF_GC_STRESS=1`, …; see docs/memory.md), and `scripts/test-gc-stress`
/// runs the script suite with the collector ones on.
public enum DebugSwitches {
    /// Collect the nursery at every allocation (a safepoint), so that any reference
    /// held across an allocation without a root shows up at once.
    nonisolated(unsafe) public static var gcStress = false
    /// With `gcStress`, also run a full mark-sweep collection each time.
    nonisolated(unsafe) public static var gcStressFull = false
    /// With `gcStress`, collect at one allocation in every one to eight (a fixed
    /// pseudo-random spacing) instead of at each: young objects then also live
    /// across allocations, which is where a value held by Swift code without a handle
    /// goes stale (collecting at every allocation promotes all but the newest object
    /// at once, and hides that).
    nonisolated(unsafe) public static var gcStressSparse = false
    /// Overwrite freed memory with a pattern, so that dangling references fail loudly.
    nonisolated(unsafe) public static var poisonFreedMemory = false
    /// Print every executed instruction to standard error.
    nonisolated(unsafe) public static var traceExecution = false
    /// Print a line for every collection.
    nonisolated(unsafe) public static var logCollections = false
    /// Check actor isolation (`Actor`, rule 2) at every store into a heap object and
    /// at every collection: no object or root of one actor refers to another actor's
    /// object unless that object is globally reachable. A violation stops the process
    /// with a report.
    nonisolated(unsafe) public static var verifyIsolation = false
    /// Check the heap at every collection (`Heap.verifyHeap`): every reference points
    /// at a live object, and every old object that refers to a young one is
    /// remembered. A violation stops the process with a report.
    nonisolated(unsafe) public static var verifyHeap = false
    /// Confine programs to the working directory and loopback addresses
    /// (`Confinement`): for the fuzzers, which call every primitive with anything.
    nonisolated(unsafe) public static var confine = false
}
