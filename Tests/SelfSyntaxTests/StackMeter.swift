#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Measures how much machine stack a piece of code uses, by running it on a thread
/// whose stack the meter allocates and paints with a pattern beforehand ("stack
/// painting"): afterwards, the lowest byte no longer holding the pattern marks the
/// deepest point the code reached.
///
/// The brief for this suite asks that parsing at the nesting limit fit comfortably in
/// the 512 KB stacks that some test runners give their threads; the meter lets a test
/// check that with a margin instead of crashing when it fails.
enum StackMeter {
    /// The byte painted over the unused stack.
    static let paint: UInt8 = 0xA5

    /// The closure handed to the thread, boxed so it can travel through `void *`.
    private final class Job {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// Runs `body` on a fresh thread with a stack of `stackSize` bytes and returns
    /// the number of stack bytes it used (thread start-up included).
    static func bytesUsed(stackSize: Int = 8 << 20, _ body: @escaping () -> Void) -> Int {
        let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        let size = (stackSize + pageSize - 1) / pageSize * pageSize
        let memory = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: pageSize)
        defer { memory.deallocate() }
        memory.initializeMemory(as: UInt8.self, repeating: paint, count: size)

        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstack(&attributes, memory, size)

        let job = Unmanaged.passRetained(Job(body)).toOpaque()
        #if canImport(Glibc)
            var thread = pthread_t()
        #else
            var thread: pthread_t?
        #endif
        let status = pthread_create(
            &thread, &attributes,
            { context in
                let job = Unmanaged<Job>.fromOpaque(context!).takeRetainedValue()
                job.body()
                return nil
            }, job)
        precondition(status == 0, "pthread_create failed")
        #if canImport(Glibc)
            pthread_join(thread, nil)
        #else
            pthread_join(thread!, nil)
        #endif

        // The stack grows down: find the lowest page that was written to (with memcmp,
        // which is fast even in a debug build), then the lowest byte within it.
        let untouched = [UInt8](repeating: paint, count: pageSize)
        var page = 0
        while page < size && untouched.withUnsafeBytes({ memcmp(memory + page, $0.baseAddress!, pageSize) }) == 0 {
            page += pageSize
        }
        let bytes = memory.assumingMemoryBound(to: UInt8.self)
        var lowest = page
        while lowest < size && bytes[lowest] == paint { lowest += 1 }
        return size - lowest
    }
}
