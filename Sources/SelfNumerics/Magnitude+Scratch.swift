/// Scratch memory for the kernels.
///
/// Not `withUnsafeTemporaryAllocation`: with a capacity known only at run time it becomes a
/// dynamically sized stack allocation, and in the mutually recursive Burnikel–Ziegler
/// functions the release build of Swift 6.3.1 corrupted the stack with it (the same code
/// on heap scratch, guarded and poisoned, showed no access out of bounds or after the end
/// of its scope). A fixed-size buffer is an ordinary local.
extension Magnitude {
    /// The number of limbs of scratch memory that `withScratch` takes from the stack.
    static let stackScratchLimbs = 32

    /// Calls `body` with `capacity` limbs of uninitialized scratch memory: a fixed-size
    /// buffer on the stack up to `stackScratchLimbs`, the heap above.
    @inline(__always)
    static func withScratch<R>(capacity: Int, _ body: (UnsafeMutablePointer<UInt64>) -> R) -> R {
        if capacity <= stackScratchLimbs {
            var buffer:
                (
                    UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                    UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                    UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                    UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64
                ) = (
                    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
                )
            return withUnsafeMutableBytes(of: &buffer) { body($0.baseAddress!.assumingMemoryBound(to: UInt64.self)) }
        }
        let memory = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        defer { memory.deallocate() }
        return body(memory)
    }
}
