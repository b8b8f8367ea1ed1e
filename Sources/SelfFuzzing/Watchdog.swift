import SelfRuntime
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The worker's second thread: it enforces the time limit of each input and the
/// memory limit of the process.
///
/// Past an input's deadline it requests an interrupt as Ctrl-C does in the REPL: it
/// sets `Interrupt.requested`, which the interpreter honours at its next back edge,
/// and signals the main thread (SIGUSR1, whose handler sets the same flag), so that a
/// blocking call such as the scheduler's poll returns EINTR. The input ends with the
/// runtime error "Interrupted", an expected outcome. If the VM has not come back
/// after `grace` more, it is stuck where no interrupt reaches (a loop in Swift code),
/// and the watchdog ends the process with `Watchdog.hangStatus`. When the resident
/// memory passes the limit it ends it with `memoryStatus`. `scripts/fuzz` tells
/// these apart from crashes by the exit status.
public enum Watchdog {
    /// Exit statuses the supervisor classifies.
    public static let hangStatus: Int32 = 70
    public static let memoryStatus: Int32 = 71

    /// The current input's deadline (monotonic nanoseconds; 0 when no input runs).
    static let deadline = Atomic<Int64>(0)
    /// When an unresponsive VM counts as hung, after the deadline (nanoseconds).
    static let grace = Atomic<Int64>(10_000_000_000)
    /// The resident-memory limit in bytes.
    static let memoryLimit = Atomic<Int>(4 << 30)
    /// Whether the current input was interrupted for its time.
    static let fired = Atomic<Bool>(false)

    /// The thread that runs the inputs.
    nonisolated(unsafe) static var mainThread = pthread_self()

    /// Starts the thread (once), from the thread that will run the inputs.
    public static func start(grace nanoseconds: Int64, memoryLimit bytes: Int) {
        grace.store(nanoseconds, ordering: .relaxed)
        memoryLimit.store(bytes, ordering: .relaxed)
        mainThread = pthread_self()
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in Interrupt.requested.store(true, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        _ = sigaction(SIGUSR1, &action, nil)
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { _ in Watchdog.watch() }, nil)
        precondition(status == 0, "cannot start the watchdog thread")
        pthread_detach(thread)
    }

    /// Marks the start of an input that may run for `nanoseconds`.
    public static func begin(limit nanoseconds: Int64) {
        fired.store(false, ordering: .relaxed)
        deadline.store(Platform.monotonicNanoseconds() + nanoseconds, ordering: .releasing)
    }

    /// Marks the end of the input; answers whether it was interrupted for its time.
    public static func end() -> Bool {
        deadline.store(0, ordering: .releasing)
        Interrupt.requested.store(false, ordering: .relaxed)
        return fired.load(ordering: .relaxed)
    }

    private static func watch() -> UnsafeMutableRawPointer? {
        var ticks = 0
        while true {
            usleep(20_000)
            ticks += 1
            let due = deadline.load(ordering: .acquiring)
            if due != 0 {
                let now = Platform.monotonicNanoseconds()
                if now > due {
                    // Again at every tick: a signal that came just before a blocking
                    // call began did not interrupt it.
                    fired.store(true, ordering: .relaxed)
                    Interrupt.requested.store(true, ordering: .relaxed)
                    pthread_kill(mainThread, SIGUSR1)
                }
                if now > due + grace.load(ordering: .relaxed) {
                    Platform.writeError("self-fuzz: the VM did not stop after its time limit\n")
                    _exit(hangStatus)
                }
            }
            if ticks % 5 == 0, residentBytes() > memoryLimit.load(ordering: .relaxed) {
                Platform.writeError("self-fuzz: resident memory above the limit\n")
                _exit(memoryStatus)
            }
        }
    }

    /// The process's resident memory (from /proc/self/statm), or 0.
    public static func residentBytes() -> Int {
        let fd = open("/proc/self/statm", O_RDONLY)
        guard fd >= 0 else { return 0 }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let count = read(fd, &buffer, buffer.count)
        guard count > 0 else { return 0 }
        let fields = buffer[0..<count].split(separator: 32)
        guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
