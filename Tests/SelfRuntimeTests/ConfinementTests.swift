import Testing

@testable import SelfRuntime

/// The fuzzers' sandbox (`DebugSwitches.confine`): what it lets through.
@Suite("Confinement")
struct ConfinementTests {
    @Test("files: relative paths that stay below the working directory, and two devices")
    func files() {
        for allowed in ["x.txt", "a/b/c", "./x", "/dev/null", "/dev/zero", "a..b"] {
            #expect(Confinement.allowsOpen(Array(allowed.utf8)), "\(allowed)")
        }
        for refused in ["/etc/passwd", "/dev/nul", "../x", "a/../../x", "/tmp/x", "a/.."] {
            #expect(!Confinement.allowsOpen(Array(refused.utf8)), "\(refused)")
        }
    }

    @Test("addresses: IPv4 127/8 and IPv6 ::1 only")
    func addresses() {
        let loopback4: [UInt8] = [2, 0, 0x1F, 0x90, 127, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]
        let any4: [UInt8] = [2, 0, 0x1F, 0x90, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        let loopback6: [UInt8] = [10, 0, 0x1F, 0x90, 0, 0, 0, 0] + [UInt8](repeating: 0, count: 15) + [1, 0, 0, 0, 0]
        let any6: [UInt8] = [10, 0, 0x1F, 0x90] + [UInt8](repeating: 0, count: 24)
        let unix: [UInt8] = [1, 0] + Array("/tmp/socket".utf8)
        #expect(Confinement.allowsAddress(loopback4))
        #expect(Confinement.allowsAddress(loopback6))
        #expect(!Confinement.allowsAddress(any4))
        #expect(!Confinement.allowsAddress(any6))
        #expect(!Confinement.allowsAddress(unix))
        #expect(!Confinement.allowsAddress([2]))
    }

    @Test("host names: none, or a loopback name")
    func hosts() {
        #expect(Confinement.allowsHost(nil))
        #expect(Confinement.allowsHost(Array("localhost".utf8)))
        #expect(Confinement.allowsHost(Array("127.0.0.1".utf8)))
        #expect(!Confinement.allowsHost(Array("example.com".utf8)))
    }
}
