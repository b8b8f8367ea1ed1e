#if canImport(Glibc)
    import Glibc
#endif

/// Socket system calls for the socket primitives (primitives.md §3.7 and
/// docs/primitives-extensions.md). Like `Descriptors.swift`, each returns its result
/// or the errno as a negative number, never thrown; `getAddressInfo` reports the
/// EAI code instead of an errno.
///
/// Socket addresses travel as raw bytes (a `struct sockaddr_…` exactly as the OS lays
/// it out), so that Self code can hand an address-info object's `sockaddrBytes` to
/// `bind` or `connect` unchanged.
extension Platform {
    /// One answer of `getaddrinfo(3)`, copied out of the OS's linked list.
    public struct AddressInfo {
        /// `ai_family` (native value: 2 is AF_INET on Linux).
        public let family: Int32
        /// `ai_socktype` (1 is SOCK_STREAM on Linux).
        public let socketType: Int32
        /// `ai_protocol`.
        public let socketProtocol: Int32
        /// `ai_flags`.
        public let flags: Int32
        /// The `ai_addrlen` bytes at `ai_addr`.
        public let address: [UInt8]
    }

    /// EAGAIN (the same value as EWOULDBLOCK on Linux): a non-blocking descriptor
    /// is not ready.
    public static let errorTryAgain = EAGAIN
    /// EINTR: a signal interrupted the call.
    public static let errorInterrupted = EINTR

    /// `getaddrinfo(3)` for a host (nil for the local/any address) and a numeric
    /// port: `AI_NUMERICSERV` is always added to `flags`. On failure, the EAI code
    /// exactly as glibc defines it (a negative number, for example −2 for
    /// EAI_NONAME), in `PlatformError.number`.
    public static func getAddressInfo(
        host: [UInt8]?, port: Int, family: Int32, socketType: Int32, socketProtocol: Int32, flags: Int32
    ) -> Result<[AddressInfo], PlatformError> {
        var hints = addrinfo()
        hints.ai_family = family
        hints.ai_socktype = socketType
        hints.ai_protocol = socketProtocol
        hints.ai_flags = flags | AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        let service = String(port)
        let status: Int32
        if let host {
            let terminated = host.map { CChar(bitPattern: $0) } + [0]
            status = Glibc.getaddrinfo(terminated, service, &hints, &list)
        } else {
            status = Glibc.getaddrinfo(nil, service, &hints, &list)
        }
        guard status == 0 else { return .failure(PlatformError(number: status)) }
        defer { freeaddrinfo(list) }
        var answers: [AddressInfo] = []
        var entry = list
        while let current = entry?.pointee {
            var bytes: [UInt8] = []
            if let address = current.ai_addr {
                bytes = Array(UnsafeRawBufferPointer(start: address, count: Int(current.ai_addrlen)))
            }
            answers.append(
                AddressInfo(
                    family: current.ai_family, socketType: current.ai_socktype, socketProtocol: current.ai_protocol,
                    flags: current.ai_flags, address: bytes))
            entry = current.ai_next
        }
        return .success(answers)
    }

    /// `socket(2)`, always close-on-exec; non-blocking when asked.
    public static func socket(family: Int32, type: Int32, socketProtocol: Int32, nonBlocking: Bool) -> Int32 {
        let extra = Int32(SOCK_CLOEXEC.rawValue) | (nonBlocking ? Int32(SOCK_NONBLOCK.rawValue) : 0)
        let fd = Glibc.socket(family, type | extra, socketProtocol)
        return fd >= 0 ? fd : -errno
    }

    /// `bind(2)` to a raw socket address; 0 or −errno.
    public static func bind(_ fd: Int32, to address: [UInt8]) -> Int32 {
        let result = address.withUnsafeBytes { bytes in
            Glibc.bind(fd, bytes.baseAddress?.assumingMemoryBound(to: sockaddr.self), socklen_t(bytes.count))
        }
        return result == 0 ? 0 : -errno
    }

    /// `connect(2)` to a raw socket address; 0 or −errno (EINPROGRESS on a
    /// non-blocking socket whose connection is under way).
    public static func connect(_ fd: Int32, to address: [UInt8]) -> Int32 {
        let result = address.withUnsafeBytes { bytes in
            Glibc.connect(fd, bytes.baseAddress?.assumingMemoryBound(to: sockaddr.self), socklen_t(bytes.count))
        }
        return result == 0 ? 0 : -errno
    }

    /// `listen(2)`; 0 or −errno.
    public static func listen(_ fd: Int32, backlog: Int32) -> Int32 {
        Glibc.listen(fd, backlog) == 0 ? 0 : -errno
    }

    /// `accept4(2)` without the peer address, always close-on-exec; the new
    /// descriptor is non-blocking when asked. The descriptor or −errno.
    public static func accept(_ fd: Int32, nonBlocking: Bool) -> Int32 {
        let flags = Int32(SOCK_CLOEXEC.rawValue) | (nonBlocking ? Int32(SOCK_NONBLOCK.rawValue) : 0)
        let connection: Int32
        if let accept4 = acceptWithFlags {
            connection = accept4(fd, nil, nil, flags)
        } else {
            connection = Glibc.accept(fd, nil, nil)
            if connection >= 0 {
                _ = Glibc.fcntl(connection, F_SETFD, FD_CLOEXEC)
                if nonBlocking { _ = setNonBlocking(connection, true) }
            }
        }
        return connection >= 0 ? connection : -errno
    }

    /// The C signature of `accept4`.
    typealias AcceptWithFlags =
        @convention(c) (Int32, UnsafeMutablePointer<sockaddr>?, UnsafeMutablePointer<socklen_t>?, Int32) -> Int32

    /// glibc's `accept4`, found at run time: the Glibc module does not import GNU
    /// extensions, and `accept4` sets close-on-exec atomically. If it were missing,
    /// `accept` sets the flags with `fcntl` after the fact (harmless here: the VM
    /// never runs other programs).
    static let acceptWithFlags: AcceptWithFlags? = {
        guard let symbol = dlsym(nil, "accept4") else { return nil }
        return unsafeBitCast(symbol, to: AcceptWithFlags.self)
    }()

    /// `setsockopt(2)` with an `int` option value; 0 or −errno.
    public static func setSocketOption(_ fd: Int32, level: Int32, option: Int32, value: Int32) -> Int32 {
        var value = value
        let result = Glibc.setsockopt(fd, level, option, &value, socklen_t(MemoryLayout<Int32>.size))
        return result == 0 ? 0 : -errno
    }

    /// Sets or clears `O_NONBLOCK` with `fcntl(2)`; 0 or −errno.
    public static func setNonBlocking(_ fd: Int32, _ on: Bool) -> Int32 {
        let flags = Glibc.fcntl(fd, F_GETFL)
        if flags < 0 { return -errno }
        let wanted = on ? flags | O_NONBLOCK : flags & ~O_NONBLOCK
        if wanted == flags { return 0 }
        return Glibc.fcntl(fd, F_SETFL, wanted) == 0 ? 0 : -errno
    }

    /// `getsockname(2)`: the socket's own address as raw bytes, or −errno in
    /// `PlatformError.number`.
    public static func socketName(_ fd: Int32) -> Result<[UInt8], PlatformError> {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let result = withUnsafeMutableBytes(of: &storage) { bytes in
            Glibc.getsockname(fd, bytes.baseAddress!.assumingMemoryBound(to: sockaddr.self), &length)
        }
        guard result == 0 else { return .failure(PlatformError(number: -errno)) }
        let count = min(Int(length), MemoryLayout<sockaddr_storage>.size)
        return .success(withUnsafeBytes(of: &storage) { Array($0.prefix(count)) })
    }
}
