/// Socket primitives: the five of primitives.md §3.7 (`_GetAddrInfoFor…`,
/// `_SocketWith…`, `_BindFD:…`, `_ListenOnFD:…`, `_AcceptFromFD:…`) and this VM's
/// extensions (`_ConnectFD:…`, `_SetSockOptFD:…`, `_SetNonBlockingFD:…`,
/// `_SockNameOfFD:…`, documented in docs/primitives-extensions.md).
///
/// Rules shared by all of them:
/// * the receiver is ignored;
/// * an OS failure sends `value:` with the errno to the last argument (§1.3);
///   `_GetAddrInfoFor…` sends the EAI code instead, as glibc numbers it (negative);
/// * wrong argument types and integers that do not fit a C `int` are runtime errors;
/// * descriptors are close-on-exec, and those made by `_SocketWith…` and
///   `_AcceptFromFD:…` are non-blocking exactly while a regular actor runs (§1.6),
///   in which case EAGAIN on accept suspends the actor (`PrimitiveResult.block`).
enum SocketPrimitives {
    /// The socket primitives, by name without the underscore (registered in `PrimitiveTable`).
    static let entries: [(name: String, function: PrimitiveFunction)] = [
        ("GetAddrInfoForHost:Port:Family:SocketType:Protocol:Flags:IfFail:", { vm, base, _ in addressInfo(vm, base) }),
        ("SocketWithFamily:Type:Protocol:IfFail:", { vm, base, _ in socket(vm, base) }),
        (
            "BindFD:ToSockaddrBytes:IfFail:",
            { vm, base, _ in
                toAddress(vm, base, name: "_BindFD:ToSockaddrBytes:IfFail:") { Platform.bind($0, to: $1) }
            }
        ),
        (
            "ConnectFD:ToSockaddrBytes:IfFail:",
            { vm, base, _ in
                toAddress(vm, base, name: "_ConnectFD:ToSockaddrBytes:IfFail:") { Platform.connect($0, to: $1) }
            }
        ),
        (
            "ListenOnFD:WithBacklog:IfFail:",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let name = "_ListenOnFD:WithBacklog:IfFail:"
                    let handle = try vm.object(vm.argument(base, 0), .managedFD, 0, name).get()
                    // listen(2) caps the backlog itself (somaxconn); clamping keeps
                    // any integer meaningful.
                    let backlog = Int32(clamping: try vm.integer(vm.argument(base, 1), 1, name).get())
                    if DebugSwitches.confine && !Confinement.allowsListen(vm.descriptor(of: handle)) {
                        return .sendValue(vm.argument(base, 2), Value(integer: Confinement.refused))
                    }
                    return vm.nilOrFailure(Platform.listen(vm.descriptor(of: handle), backlog: backlog), base, 2)
                }
            }
        ),
        ("AcceptFromFD:IfFail:", { vm, base, _ in accept(vm, base) }),
        (
            "SetSockOptFD:Level:Option:Value:IfFail:",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let name = "_SetSockOptFD:Level:Option:Value:IfFail:"
                    let handle = try vm.object(vm.argument(base, 0), .managedFD, 0, name).get()
                    let level = try vm.cInt(vm.argument(base, 1), 1, name).get()
                    let option = try vm.cInt(vm.argument(base, 2), 2, name).get()
                    let value = try vm.cInt(vm.argument(base, 3), 3, name).get()
                    let result = Platform.setSocketOption(
                        vm.descriptor(of: handle), level: level, option: option, value: value)
                    return vm.nilOrFailure(result, base, 4)
                }
            }
        ),
        (
            "SetNonBlockingFD:To:IfFail:",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let name = "_SetNonBlockingFD:To:IfFail:"
                    let handle = try vm.object(vm.argument(base, 0), .managedFD, 0, name).get()
                    let flag = vm.argument(base, 1)
                    guard flag == vm.memory.known.trueObject || flag == vm.memory.known.falseObject else {
                        throw PrimitiveFailure("Expected true or false for argument 2 of \(name)")
                    }
                    let result = Platform.setNonBlocking(vm.descriptor(of: handle), flag == vm.memory.known.trueObject)
                    return vm.nilOrFailure(result, base, 2)
                }
            }
        ),
        (
            "SockNameOfFD:IfFail:",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let handle = try vm.object(vm.argument(base, 0), .managedFD, 0, "_SockNameOfFD:IfFail:").get()
                    switch Platform.socketName(vm.descriptor(of: handle)) {
                    case .success(let bytes): return .value(vm.memory.makeByteArray(bytes))
                    case .failure(let error):
                        return .sendValue(vm.argument(base, 1), Value(integer: Int64(-error.number)))
                    }
                }
            }
        ),
    ]

    /// `_GetAddrInfoForHost:Port:Family:SocketType:Protocol:Flags:IfFail:`.
    static func addressInfo(_ vm: VirtualMachine, _ base: Int) -> PrimitiveResult {
        primitive { () throws(PrimitiveFailure) in
            let name = "_GetAddrInfoForHost:Port:Family:SocketType:Protocol:Flags:IfFail:"
            let hostValue = vm.argument(base, 0)
            var host: [UInt8]?
            if hostValue != vm.memory.nilValue {
                guard vm.memory.isKind(hostValue, .byteArray) else {
                    throw PrimitiveFailure("Expected nil or a byte array for argument 1 of \(name)")
                }
                let bytes = vm.memory.bytes(hostValue)
                if bytes.contains(0) { throw PrimitiveFailure("Host passed to \(name) contains a NUL byte") }
                host = bytes
            }
            let port = try vm.count(vm.argument(base, 1), 1, name).get()
            guard port <= Int(UInt16.max) else {
                throw PrimitiveFailure("Port \(port) passed to \(name) is above 65535")
            }
            let family = try vm.cInt(vm.argument(base, 2), 2, name).get()
            let socketType = try vm.cInt(vm.argument(base, 3), 3, name).get()
            let socketProtocol = try vm.cInt(vm.argument(base, 4), 4, name).get()
            let flags = try vm.cInt(vm.argument(base, 5), 5, name).get()
            if DebugSwitches.confine && !Confinement.allowsHost(host) {
                return .sendValue(vm.argument(base, 6), Value(integer: Confinement.refusedHost))
            }
            let lookup = Platform.getAddressInfo(
                host: host, port: port, family: family, socketType: socketType, socketProtocol: socketProtocol,
                flags: flags)
            switch lookup {
            case .success(let answers): return .value(vm.makeAddressInfoArray(answers))
            case .failure(let error): return .sendValue(vm.argument(base, 6), Value(integer: Int64(error.number)))
            }
        }
    }

    /// `_SocketWithFamily:Type:Protocol:IfFail:`.
    static func socket(_ vm: VirtualMachine, _ base: Int) -> PrimitiveResult {
        primitive { () throws(PrimitiveFailure) in
            let name = "_SocketWithFamily:Type:Protocol:IfFail:"
            let family = try vm.cInt(vm.argument(base, 0), 0, name, nonNegative: true).get()
            let type = try vm.cInt(vm.argument(base, 1), 1, name, nonNegative: true).get()
            let socketProtocol = try vm.cInt(vm.argument(base, 2), 2, name, nonNegative: true).get()
            let fd = vm.makingDescriptor {
                Platform.socket(
                    family: family, type: type, socketProtocol: socketProtocol, nonBlocking: vm.canBlockActor)
            }
            if fd < 0 { return .sendValue(vm.argument(base, 3), Value(integer: Int64(-fd))) }
            return .value(vm.makeManagedFD(fd, owned: true))
        }
    }

    /// `_AcceptFromFD:IfFail:`: EINTR is retried; EAGAIN blocks a regular actor and
    /// is an ordinary failure elsewhere (§1.6).
    static func accept(_ vm: VirtualMachine, _ base: Int) -> PrimitiveResult {
        primitive { () throws(PrimitiveFailure) in
            let handle = try vm.object(vm.argument(base, 0), .managedFD, 0, "_AcceptFromFD:IfFail:").get()
            let listener = vm.descriptor(of: handle)
            while true {
                let fd = vm.makingDescriptor { Platform.accept(listener, nonBlocking: vm.canBlockActor) }
                if fd == -Platform.errorInterrupted { continue }
                if fd == -Platform.errorTryAgain && vm.canBlockActor { return .block(vm.argument(base, 0)) }
                if fd < 0 { return .sendValue(vm.argument(base, 1), Value(integer: Int64(-fd))) }
                return .value(vm.makeManagedFD(fd, owned: true))
            }
        }
    }

    /// The shared body of `_BindFD:…` and `_ConnectFD:…`: fd, sockaddr bytes, failure;
    /// answers nil.
    static func toAddress(
        _ vm: VirtualMachine, _ base: Int, name: String, _ call: (Int32, [UInt8]) -> Int32
    ) -> PrimitiveResult {
        primitive { () throws(PrimitiveFailure) in
            let handle = try vm.object(vm.argument(base, 0), .managedFD, 0, name).get()
            let address = try vm.object(vm.argument(base, 1), .byteArray, 1, name).get()
            let bytes = vm.memory.bytes(address.value)
            if DebugSwitches.confine && !Confinement.allowsAddress(bytes) {
                return .sendValue(vm.argument(base, 2), Value(integer: Confinement.refused))
            }
            return vm.nilOrFailure(call(vm.descriptor(of: handle), bytes), base, 2)
        }
    }
}

extension VirtualMachine {
    /// An integer that fits a C `int` (a native flag, level or option number), or a
    /// runtime error: "Expected integer…", with `nonNegative` "Expected positive
    /// integer…" (primitives.md §1.2), and "… is out of range" beyond 32 bits.
    func cInt(_ value: Value, _ index: Int, _ primitive: String, nonNegative: Bool = false)
        -> Result<Int32, PrimitiveFailure>
    {
        let number: Int64
        if nonNegative {
            switch count(value, index, primitive) {
            case .success(let counted): number = Int64(counted)
            case .failure(let failure): return .failure(failure)
            }
        } else {
            switch integer(value, index, primitive) {
            case .success(let integer): number = integer
            case .failure(let failure): return .failure(failure)
            }
        }
        guard let narrow = Int32(exactly: number) else {
            return .failure(
                PrimitiveFailure("Integer \(number) for \(VirtualMachine.who(index)) \(primitive) is out of range"))
        }
        return .success(narrow)
    }

    /// nil for a system call that answered 0; otherwise `value:` with the errno
    /// (`result` is −errno) to the failure object, argument `failureIndex`.
    func nilOrFailure(_ result: Int32, _ base: Int, _ failureIndex: Int) -> PrimitiveResult {
        result < 0
            ? .sendValue(argument(base, failureIndex), Value(integer: Int64(-result))) : .value(memory.nilValue)
    }

    /// A new array of new address-info objects (layout in `AddressInfoLayout`), in
    /// the order of `answers`.
    ///
    /// Each allocation is a safepoint: the array and each socket-address byte array
    /// stay on the handle stack while the next object is allocated, and are read
    /// back from it afterwards.
    func makeAddressInfoArray(_ answers: [Platform.AddressInfo]) -> Value {
        let heap = memory.heap
        let arrayHandle = heap.protect(memory.allocateArray(count: answers.count, fill: memory.nilValue).value)
        defer { heap.handles.removeLast() }
        for (index, answer) in answers.enumerated() {
            let bytesHandle = heap.protect(memory.makeByteArray(answer.address))
            let info = heap.allocate(
                .addressInfo, words: AddressInfoLayout.words, map: memory.known.addressInfoMap, fill: Value(integer: 0))
            info[word: AddressInfoLayout.family] = Value(integer: Int64(answer.family))
            info[word: AddressInfoLayout.socketType] = Value(integer: Int64(answer.socketType))
            info[word: AddressInfoLayout.socketProtocol] = Value(integer: Int64(answer.socketProtocol))
            info[word: AddressInfoLayout.flags] = Value(integer: Int64(answer.flags))
            heap.store(heap.handles[bytesHandle], into: info, at: AddressInfoLayout.sockaddrBytes)
            heap.handles.removeLast()
            heap.store(info.value, into: heap.handles[arrayHandle].object, at: 3 + index)
        }
        return heap.handles[arrayHandle]
    }
}
