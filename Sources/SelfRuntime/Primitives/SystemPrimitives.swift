/// System-call primitives for files, the standard streams, polling and the clock
/// (primitives.md §3.7; `_MonotonicNanoseconds` is an extension,
/// docs/primitives-extensions.md). Sockets are in `SocketPrimitives`.
///
/// A managed file descriptor (`.managedFD`) is a handle for an entry of the VM's
/// `DescriptorTable`, which closes the descriptor when the last handle is collected.
enum SystemPrimitives {

    static let entries: [(name: String, function: PrimitiveFunction)] = [
        ("ManagedStdin", { vm, _, _ in .value(vm.makeManagedFD(0, owned: false)) }),
        ("ManagedStdout", { vm, _, _ in .value(vm.makeManagedFD(1, owned: false)) }),
        (
            "Open:WithFlags:IfFail:",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let name = "_Open:WithFlags:IfFail:"
                    let pathObject = try vm.object(vm.argument(base, 0), .byteArray, 0, name).get()
                    let flags = try vm.count(vm.argument(base, 1), 1, name).get()
                    let path = vm.memory.bytes(pathObject.value)
                    if path.contains(0) { throw PrimitiveFailure("Path passed to \(name) contains a NUL byte") }
                    if path.count >= Platform.maximumPathLength {
                        throw PrimitiveFailure("Path passed to \(name) is too long")
                    }
                    guard flags <= Int(Int32.max) else {
                        throw PrimitiveFailure("Flags passed to \(name) are out of range")
                    }
                    if DebugSwitches.confine && !Confinement.allowsOpen(path) {
                        return .sendValue(vm.argument(base, 2), Value(integer: Confinement.refused))
                    }
                    let fd = vm.makingDescriptor { Platform.open(path, flags: Int32(flags)) }
                    if fd < 0 { return .sendValue(vm.argument(base, 2), Value(integer: Int64(-fd))) }
                    return .value(vm.makeManagedFD(fd, owned: true))
                }
            }
        ),
        (
            "Read:BytesInto:AtOffset:From:IfFail:",
            { vm, base, _ in
                transfer(vm, base, name: "_Read:BytesInto:AtOffset:From:IfFail:", blocks: true) { fd, pointer, count in
                    Platform.read(fd, into: pointer, count: count)
                }
            }
        ),
        (
            "Write:BytesFrom:AtOffset:Into:IfFail:",
            { vm, base, _ in
                transfer(vm, base, name: "_Write:BytesFrom:AtOffset:Into:IfFail:", blocks: false) {
                    fd, pointer, count in
                    Platform.write(fd, from: pointer, count: count)
                }
            }
        ),
        (
            "Close:",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let handle = try vm.object(vm.argument(base, 0), .managedFD, 0, "_Close:").get()
                    vm.closeDescriptor(of: handle)
                    return .value(vm.memory.nilValue)
                }
            }
        ),
        ("PollFDs:Events:WaitingForMS:IfFail:", { vm, base, _ in pollFDs(vm, base) }),
        ("MonotonicNanoseconds", { _, _, _ in .value(Value(integer: Platform.monotonicNanoseconds())) }),
        (
            "Exit:",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let status = try vm.count(vm.argument(base, 0), 0, "_Exit:").get()
                    guard status <= 255 else {
                        throw PrimitiveFailure("Exit status \(status) passed to _Exit: is above 255")
                    }
                    return .exit(Int32(status))
                }
            }
        ),
    ]

    /// `_PollFDs:Events:WaitingForMS:IfFail:`: on success the events array is
    /// overwritten in place with each descriptor's returned events.
    static func pollFDs(_ vm: VirtualMachine, _ base: Int) -> PrimitiveResult {
        primitive { () throws(PrimitiveFailure) in
            let name = "_PollFDs:Events:WaitingForMS:IfFail:"
            let fds = try vm.object(vm.argument(base, 0), .array, 0, name).get()
            let events = try vm.object(vm.argument(base, 1), .array, 1, name).get()
            let timeout = try vm.integer(vm.argument(base, 2), 2, name).get()
            let count = vm.memory.count(fds)
            guard count == vm.memory.count(events) else {
                throw PrimitiveFailure("The descriptor and event arrays passed to \(name) differ in size")
            }
            var descriptors: [Int32] = []
            var masks: [Int16] = []
            for index in 0..<count {
                let handle = try vm.object(fds[word: 3 + index], .managedFD, 0, name).get()
                let mask = try vm.integer(events[word: 3 + index], 1, name).get()
                descriptors.append(vm.descriptor(of: handle))
                masks.append(Int16(truncatingIfNeeded: mask))
            }
            let wait = Int32(clamping: timeout < 0 ? -1 : timeout)
            var returned: [Int16] = []
            while true {
                let result = Platform.poll(descriptors, events: masks, timeout: wait, returned: &returned)
                // EINTR: repeated, unless Ctrl-C asked to stop: then the failure
                // object gets it, and the interrupt is honoured at the next back edge
                // (a scheduler waiting for ever would otherwise never return).
                if result == -Int(Platform.errorInterrupted) && !Interrupt.requested.load(ordering: .relaxed) {
                    continue
                }
                if result < 0 { return .sendValue(vm.argument(base, 3), Value(integer: Int64(-result))) }
                let eventsArray = vm.argument(base, 1).object
                for index in 0..<count { eventsArray[word: 3 + index] = Value(integer: Int64(returned[index])) }
                return .value(Value(integer: Int64(result)))
            }
        }
    }

    /// The shared body of `_Read:…` and `_Write:…`: count, buffer, offset, fd, failure.
    /// With `blocks` (reads), EAGAIN in a regular actor suspends it on the fd
    /// argument (primitives.md §1.6); otherwise EAGAIN goes to `IfFail:`.
    static func transfer(
        _ vm: VirtualMachine, _ base: Int, name: String, blocks: Bool,
        _ call: (Int32, UnsafeMutableRawPointer, Int) -> Int
    ) -> PrimitiveResult {
        primitive { () throws(PrimitiveFailure) in
            let count = try vm.count(vm.argument(base, 0), 0, name).get()
            let buffer = try vm.object(vm.argument(base, 1), .byteArray, 1, name).get()
            let offset = try vm.count(vm.argument(base, 2), 2, name).get()
            let handle = try vm.object(vm.argument(base, 3), .managedFD, 3, name).get()
            let size = vm.memory.count(buffer)
            guard offset <= size else { throw PrimitiveFailure("Offset argument is larger than byte array size") }
            guard count <= size - offset else {
                throw PrimitiveFailure("Count argument is larger than the rest of the byte array")
            }
            let fd = vm.descriptor(of: handle)
            guard fd >= 0 else { return .sendValue(vm.argument(base, 4), Value(integer: 9)) }  // EBADF
            while true {
                let result = call(fd, buffer.address + 24 + offset, count)
                // EINTR: the call is simply repeated, unless Ctrl-C asked to stop: then
                // the interrupt is raised here, so that a read waiting for a line
                // (`std in readLine`) stops as a loop does.
                if result == -Int(Platform.errorInterrupted) {
                    if let message = vm.safepoint() { return .error(message) }
                    continue
                }
                if blocks && result == -Int(Platform.errorTryAgain) && vm.canBlockActor {
                    return .block(vm.argument(base, 3))
                }
                if result < 0 { return .sendValue(vm.argument(base, 4), Value(integer: Int64(-result))) }
                return .value(Value(integer: Int64(result)))
            }
        }
    }
}
