import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The HTTP server example, `docs/examples/httpServer.self`, run as a user would run
/// it: on a free loopback port, with several `curl` clients at once while a raw client
/// that has connected but says nothing keeps its connection open. Needs `curl`
/// (`swiftself_require_curl` in scripts/lib.sh installs it); skipped without it.
@Suite("HTTP server example")
struct HTTPServerTests {
    /// `curl` on the PATH, if there is one.
    static let curl: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent("curl") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// The example under test.
    static let serverScript = SelfProcess.packageRoot.appendingPathComponent("docs/examples/httpServer.self")

    /// How long the server may take to start listening, to answer, and to exit.
    static let timeout: TimeInterval = 30

    @Test(
        "serves concurrent curl clients while a silent client is connected; /quit ends it",
        .enabled(
            if: HTTPServerTests.curl != nil,
            "curl is not installed: install it (scripts/lib.sh: swiftself_require_curl) to run this test"))
    func servesConcurrentClients() throws {
        guard let curl = Self.curl else { return }
        guard let executable = SelfProcess.executable else {
            throw SelfProcessError.executableNotFound
        }
        let port = try Self.freeLoopbackPort()
        let scratch = try ScratchDirectory()
        let output = scratch.url.appendingPathComponent("server-stdout")
        let errors = scratch.url.appendingPathComponent("server-stderr")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)

        let server = Process()
        server.executableURL = executable
        server.arguments = [Self.serverScript.path]
        server.currentDirectoryURL = scratch.url
        let input = Pipe()
        server.standardInput = input
        server.standardOutput = try FileHandle(forWritingTo: output)
        server.standardError = try FileHandle(forWritingTo: errors)
        try server.run()
        defer {
            if server.isRunning {
                kill(server.processIdentifier, SIGKILL)
                server.waitUntilExit()
            }
        }
        // The port is the first line of standard input.
        input.fileHandleForWriting.write(Data("\(port)\n".utf8))
        try input.fileHandleForWriting.close()

        func serverLog() -> String {
            let out = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            let err = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            return "standard output:\n\(out)\nstandard error:\n\(err)"
        }

        // Wait for the server to listen.
        let listening = "listening on http://127.0.0.1:\(port)/"
        let startDeadline = Date().addingTimeInterval(Self.timeout)
        while Date() < startDeadline && server.isRunning
            && !((try? String(contentsOf: output, encoding: .utf8)) ?? "").contains(listening)
        {
            Thread.sleep(forTimeInterval: 0.02)
        }
        try #require(server.isRunning, "the server ended before listening; \(serverLog())")
        try #require(
            ((try? String(contentsOf: output, encoding: .utf8)) ?? "").contains(listening),
            "the server did not print '\(listening)' within \(Self.timeout) s; \(serverLog())")

        // A client that connects and sends nothing. Its connection's actor stays
        // blocked in a read while the others are served.
        let silent = try Self.connectLoopback(port: port)
        defer { close(silent) }

        // Several curl clients at once.
        let paths = (1...8).map { "/client-\($0)" }
        let clients = try paths.map { path in
            try CurlClient(curl: curl, url: "http://127.0.0.1:\(port)\(path)", in: scratch.url)
        }
        for (client, path) in zip(clients, paths) {
            let answer = try client.finish(timeout: Self.timeout)
            #expect(answer.status == 0, "curl \(path) failed: \(answer.error); server: \(serverLog())")
            #expect(
                answer.output.hasPrefix("HTTP/1.0 200 OK\r\n"),
                "curl \(path) got \(answer.output.debugDescription)")
            #expect(
                answer.output.hasSuffix("\r\n\r\nHello from SwiftSelf! You asked for \(path)\n"),
                "curl \(path) got \(answer.output.debugDescription)")
        }
        #expect(server.isRunning, "the server ended while serving; \(serverLog())")

        // The silent client's connection is still served once it speaks.
        let late = Self.exchange(
            silent, request: "GET /late HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n", timeout: Self.timeout)
        #expect(late.hasPrefix("HTTP/1.0 200 OK\r\n"), "the silent client got \(late.debugDescription)")
        #expect(
            late.hasSuffix("You asked for /late\n"), "the silent client got \(late.debugDescription)")

        // /quit is answered, then the process ends with status 0.
        let quit = try CurlClient(curl: curl, url: "http://127.0.0.1:\(port)/quit", in: scratch.url)
            .finish(timeout: Self.timeout)
        #expect(quit.status == 0, "curl /quit failed: \(quit.error)")
        #expect(quit.output.hasSuffix("You asked for /quit\n"), "curl /quit got \(quit.output.debugDescription)")
        let exitDeadline = Date().addingTimeInterval(Self.timeout)
        while server.isRunning && Date() < exitDeadline {
            Thread.sleep(forTimeInterval: 0.02)
        }
        try #require(!server.isRunning, "the server did not exit after /quit; \(serverLog())")
        server.waitUntilExit()
        #expect(server.terminationReason == .exit)
        #expect(server.terminationStatus == 0, "\(serverLog())")
    }

    // MARK: - Helpers

    /// A port on 127.0.0.1 that was free a moment ago: bind port 0, read it back, close.
    static func freeLoopbackPort() throws -> Int {
        let fd = socket(AF_INET, socketStream, 0)
        guard fd >= 0 else { throw SocketError.failed("socket", errno) }
        defer { close(fd) }
        var address = loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else { throw SocketError.failed("bind", errno) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { throw SocketError.failed("getsockname", errno) }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// A TCP connection to 127.0.0.1:port (a blocking socket).
    static func connectLoopback(port: Int) throws -> Int32 {
        let fd = socket(AF_INET, socketStream, 0)
        guard fd >= 0 else { throw SocketError.failed("socket", errno) }
        var address = loopback(port: port)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            let code = errno
            close(fd)
            throw SocketError.failed("connect", code)
        }
        return fd
    }

    /// Sends `request` on `fd` and reads until the server closes the connection or
    /// `timeout` passes. Answers what was read.
    static func exchange(_ fd: Int32, request: String, timeout: TimeInterval) -> String {
        var timeLimit = timeval(tv_sec: Int(timeout), tv_usec: 0)
        _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeLimit, socklen_t(MemoryLayout<timeval>.size))
        let bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            sent += n
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            received += buffer[..<n]
        }
        return String(decoding: received, as: UTF8.self)
    }

    static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port)).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }

    #if os(Linux)
        static let socketStream = Int32(SOCK_STREAM.rawValue)
    #else
        static let socketStream = SOCK_STREAM
    #endif
}

/// A socket call that failed, with its errno.
enum SocketError: Error, CustomStringConvertible {
    case failed(String, Int32)

    var description: String {
        switch self {
        case .failed(let call, let code): "\(call) failed: \(String(cString: strerror(code)))"
        }
    }
}

/// One `curl` run in the background: `curl -sS -i URL`, output to files.
struct CurlClient {
    /// What a finished run left behind.
    struct Answer {
        var status: Int32
        var output: String
        var error: String
    }

    let process = Process()
    let output: URL
    let error: URL

    init(curl: URL, url: String, in directory: URL) throws {
        let name = UUID().uuidString
        output = directory.appendingPathComponent("curl-\(name).out")
        error = directory.appendingPathComponent("curl-\(name).err")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: error.path, contents: nil)
        process.executableURL = curl
        process.arguments = ["-sS", "-i", "--max-time", "20", "--noproxy", "*", url]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: error)
        try process.run()
    }

    /// Waits for curl (killing it after `timeout`) and answers what it printed.
    func finish(timeout: TimeInterval) throws -> Answer {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
        }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        return Answer(
            status: process.terminationStatus,
            output: (try? String(contentsOf: output, encoding: .utf8)) ?? "",
            error: (try? String(contentsOf: error, encoding: .utf8)) ?? "")
    }
}
