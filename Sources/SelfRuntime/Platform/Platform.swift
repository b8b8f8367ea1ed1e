#if canImport(Glibc)
    import Glibc
#endif

/// The only code of the runtime that calls the operating system.
public enum Platform {
    /// Writes all of `bytes` to a descriptor (one `write(2)` per chunk, no buffering,
    /// so that the VM's reports and program output interleave in order).
    public static func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }

    public static func write(_ fd: Int32, _ text: String) {
        var text = text
        text.withUTF8 { write(fd, UnsafeRawBufferPointer($0)) }
    }

    /// Standard error, for the VM's own reports.
    public static func writeError(_ text: String) { write(2, text) }

    /// Whether a descriptor is a terminal (colours and line editing only then).
    public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) != 0 }

    /// The errno of the last failed call.
    public static var lastError: Int32 { errno }

    /// A short description of an errno value.
    public static func describe(errorNumber: Int32) -> String { String(cString: strerror(errorNumber)) }

    /// The symbolic name of common errno values, as ZigSelf's messages show them.
    public static func errorName(_ number: Int32) -> String {
        switch number {
        case ENOENT: "FileNotFound"
        case EACCES, EPERM: "AccessDenied"
        case EISDIR: "IsDir"
        case ENOTDIR: "NotDir"
        case ENAMETOOLONG: "NameTooLong"
        case EFBIG: "FileTooBig"
        default: "Unexpected"
        }
    }

    /// The largest source file `readFile` reads (scripts, `_RunScript`, the world).
    public static let maximumSourceBytes = 256 << 20

    /// Reads a whole file of at most `maximumSourceBytes`. On failure, the errno
    /// (EFBIG for a larger file, or one that does not end, such as /dev/zero).
    public static func readFile(_ path: String) -> Result<[UInt8], PlatformError> {
        if path.utf8.contains(0) { return .failure(PlatformError(number: EINVAL)) }
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(PlatformError(number: errno)) }
        defer { Glibc.close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(PlatformError(number: errno)) }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(PlatformError(number: EISDIR)) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(PlatformError(number: errno))
            }
            if count == 0 { return .success(bytes) }
            bytes += chunk[0..<count]
            // A source file beyond this is refused rather than read without end
            // (`_RunScript` on /dev/zero): EFBIG, "File too large".
            if bytes.count > maximumSourceBytes { return .failure(PlatformError(number: EFBIG)) }
        }
    }

    /// Writes `bytes` as the whole of a file (created with mode 0644, or truncated).
    /// On failure, the errno.
    public static func writeFile(_ path: String, _ bytes: [UInt8]) -> Result<Void, PlatformError> {
        if path.utf8.contains(0) { return .failure(PlatformError(number: EINVAL)) }
        let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return .failure(PlatformError(number: errno)) }
        defer { Glibc.close(fd) }
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(PlatformError(number: errno))
            }
            offset += count
        }
        return .success(())
    }

    /// Whether a path names a directory.
    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Makes writing to a pipe or socket whose reader is gone fail with EPIPE (which
    /// `_Write:` hands to its `IfFail:` block) instead of killing the process with
    /// SIGPIPE, as BEAM and Python do. Once per process; idempotent.
    public static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Whether a path names an existing file or directory.
    public static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    /// The entries of a directory, unsorted, without `.` and `..`.
    public static func directoryEntries(_ path: String) -> [String] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// An environment variable.
    public static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }

    /// The machine's physical memory in bytes (0 if unknown).
    public static func physicalMemoryBytes() -> Int {
        let pages = sysconf(Int32(_SC_PHYS_PAGES))
        let size = sysconf(Int32(_SC_PAGESIZE))
        return pages > 0 && size > 0 ? pages * size : 0
    }

    /// The path of the running executable.
    public static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Ends the process at once.
    public static func exit(_ status: Int32) -> Never {
        Glibc.exit(status)
    }
}

/// An operating-system error number.
public struct PlatformError: Error, CustomStringConvertible {
    public let number: Int32

    /// The system's text for the errno (`No such file or directory`).
    public var description: String { Platform.describe(errorNumber: number) }
}

/// Path arithmetic on plain strings (no Foundation in the runtime).
public enum Path {
    /// The directory part: `a/b/c.self` → `a/b`; `c.self` → `.`.
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// `relative` resolved against `directory`, joined as ZigSelf joins them
    /// (`examples/../objects/x.self`); absolute paths are kept.
    public static func join(_ directory: String, _ relative: String) -> String {
        if relative.hasPrefix("/") { return relative }
        if directory.hasSuffix("/") { return directory + relative }
        return directory + "/" + relative
    }
}
