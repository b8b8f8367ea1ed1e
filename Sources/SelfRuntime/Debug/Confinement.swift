/// The sandbox of `DebugSwitches.confine`, for the fuzzers: generated and mutated
/// programs call every primitive with any argument, and must not create, truncate
/// or write files outside the working directory (the fuzzers run in a scratch
/// folder) nor reach any address but loopback. Refused calls fail as the OS would
/// refuse them: `IfFail:` gets EACCES (or EAI_NONAME for host names).
enum Confinement {
    /// The errno a refused call fails with.
    static let refused: Int64 = 13  // EACCES
    /// The `getaddrinfo` code a refused host name fails with.
    static let refusedHost: Int64 = -2  // EAI_NONAME

    /// `_Open:`: a relative path that does not climb out (`..`), or a harmless device.
    static func allowsOpen(_ path: [UInt8]) -> Bool {
        let text = String(decoding: path, as: UTF8.self)
        if text == "/dev/null" || text == "/dev/zero" { return true }
        if text.hasPrefix("/") { return false }
        return !text.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }

    /// `_BindFD:` and `_ConnectFD:`: IPv4 127.0.0.0/8 or IPv6 ::1 only (no Unix-domain
    /// paths, no other hosts).
    static func allowsAddress(_ address: [UInt8]) -> Bool {
        guard address.count >= 2 else { return false }
        let family = Int(address[0]) | Int(address[1]) << 8
        switch family {
        case 2:  // AF_INET: port (2 bytes), then the address.
            return address.count >= 8 && address[4] == 127
        case 10:  // AF_INET6: port, flow info (4 bytes), then 16 address bytes.
            guard address.count >= 24 else { return false }
            return address[8..<23].allSatisfy { $0 == 0 } && address[23] == 1
        default:
            return false
        }
    }

    /// `_ListenOnFD:`: only a socket bound to loopback (listen(2) on an unbound
    /// socket binds it to every interface).
    static func allowsListen(_ fd: Int32) -> Bool {
        guard case .success(let address) = Platform.socketName(fd) else { return false }
        return allowsAddress(address)
    }

    /// `_GetAddrInfoForHost:`: no host (a local address), or a loopback name.
    static func allowsHost(_ host: [UInt8]?) -> Bool {
        guard let host else { return true }
        return ["localhost", "127.0.0.1", "::1"].contains(String(decoding: host, as: UTF8.self))
    }
}
