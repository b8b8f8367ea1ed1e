/// How much memory the heaps of one VM may use together (`--heap-limit`,
/// `SELF_HEAP_LIMIT`), and whether they ran out of it (docs/robustness.md).
///
/// Every heap charges its old space and its nursery here, on the slow paths only
/// (old-space allocation, promotion, sweeping, resizing a nursery), so that the
/// allocation fast path stays a bump of the running actor's own pointer. When a
/// collection at a safepoint cannot bring the total under the limit, `exhausted` is
/// set and an interrupt requested: the interpreter raises the runtime error
/// "Out of memory" at its next back edge, which unwinds what the program was
/// building; the REPL survives it.
public final class MemoryBudget {
    /// Bytes all heaps together may hold.
    public var limit: Int
    /// Bytes they hold now (old spaces and nurseries).
    public private(set) var used = 0
    /// Set when a collection could not bring `used` under `limit`; cleared when the
    /// interpreter raises the error.
    public var exhausted = false

    /// The limit a VM gets: `SELF_HEAP_LIMIT` in MiB when set (and not overridden by
    /// `defaultLimitOverride`), else three quarters of the machine's memory.
    nonisolated(unsafe) public static var defaultLimitOverride: Int?

    public static var defaultLimit: Int {
        if let limit = defaultLimitOverride { return limit }
        if let text = Platform.environment("SELF_HEAP_LIMIT"), let megabytes = Int(text), megabytes > 0 {
            return megabytes << 20
        }
        return max(256 << 20, Platform.physicalMemoryBytes() / 4 * 3)
    }

    public init(limit: Int = MemoryBudget.defaultLimit) {
        self.limit = limit
    }

    /// Records `bytes` more (or, negative, fewer) in use.
    @inline(__always)
    func charge(_ bytes: Int) { used += bytes }

    /// Whether the heaps are over the limit.
    var isOver: Bool { used > limit }

    /// A collection could not make room: the next safepoint raises the error.
    func markExhausted() {
        exhausted = true
        Interrupt.requested.store(true, ordering: .relaxed)
    }

    /// The message of the runtime error.
    var message: String { "Out of memory: the heaps reached their limit of \(limit >> 20) MiB" }
}
