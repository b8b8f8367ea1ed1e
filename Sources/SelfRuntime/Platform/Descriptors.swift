#if canImport(Glibc)
    import Glibc
#endif

/// Descriptor system calls for the system primitives. Each returns the result or the
/// errno (as a negative number, never thrown).
extension Platform {
    /// `open(2)` with permission mode 0 (primitives.md §3.7: a quirk).
    public static func open(_ path: [UInt8], flags: Int32) -> Int32 {
        var terminated = path.map { CChar(bitPattern: $0) }
        terminated.append(0)
        let fd = Glibc.open(terminated, flags | O_CLOEXEC, mode_t(0))
        return fd >= 0 ? fd : -errno
    }

    /// `read(2)` into `buffer`.
    public static func read(_ fd: Int32, into buffer: UnsafeMutableRawPointer, count: Int) -> Int {
        let result = Glibc.read(fd, buffer, count)
        return result >= 0 ? result : -Int(errno)
    }

    /// `write(2)` from `buffer`.
    public static func write(_ fd: Int32, from buffer: UnsafeRawPointer, count: Int) -> Int {
        let result = Glibc.write(fd, buffer, count)
        return result >= 0 ? result : -Int(errno)
    }

    /// `close(2)`, ignoring errors.
    public static func close(_ fd: Int32) {
        _ = Glibc.close(fd)
    }

    /// The longest path `open` accepts.
    public static let maximumPathLength = Int(PATH_MAX)

    /// Whether an errno says that the process (EMFILE) or the system (ENFILE) has no
    /// descriptor left.
    public static func isOutOfDescriptors(_ errorNumber: Int32) -> Bool {
        errorNumber == EMFILE || errorNumber == ENFILE
    }
}

extension Platform {
    /// `poll(2)` on descriptors with event masks; answers the count of ready
    /// descriptors and fills `returned` with each one's `revents`, or −errno.
    public static func poll(_ descriptors: [Int32], events: [Int16], timeout: Int32, returned: inout [Int16]) -> Int {
        var entries = zip(descriptors, events).map { pollfd(fd: $0, events: $1, revents: 0) }
        let result = entries.withUnsafeMutableBufferPointer { Glibc.poll($0.baseAddress, nfds_t($0.count), timeout) }
        if result < 0 { return -Int(errno) }
        returned = entries.map(\.revents)
        return Int(result)
    }
}
