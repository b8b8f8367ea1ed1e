/// Byte-array (string) primitives (primitives.md §3.4).
enum ByteArrayPrimitives {
    static let entries: [(name: String, function: PrimitiveFunction)] = [
        (
            "ByteArraySize",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let array = try vm.object(vm.receiver(base), .byteArray, -1, "_ByteArraySize").get()
                    return .value(Value(integer: Int64(vm.memory.count(array))))
                }
            }
        ),
        (
            "ByteAt:",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let array = try vm.object(vm.receiver(base), .byteArray, -1, "_ByteAt:").get()
                    let index = try vm.count(vm.argument(base, 0), 0, "_ByteAt:").get()
                    let size = vm.memory.count(array)
                    guard index < size else {
                        throw PrimitiveFailure(
                            "Argument passed to _ByteAt: is out of bounds for this receiver (passed \(index), size \(size))"
                        )
                    }
                    return .value(Value(integer: Int64(array.address.load(fromByteOffset: 24 + index, as: UInt8.self))))
                }
            }
        ),
        (
            "ByteAt:Put:",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let array = try vm.object(vm.receiver(base), .byteArray, -1, "_ByteAt:Put:").get()
                    let index = try vm.count(vm.argument(base, 0), 0, "_ByteAt:Put:").get()
                    let byte = try vm.count(vm.argument(base, 1), 1, "_ByteAt:Put:").get()
                    let size = vm.memory.count(array)
                    guard index < size else {
                        throw PrimitiveFailure(
                            "Argument passed to _ByteAt:Put: is out of bounds for this receiver (passed \(index), size \(size))"
                        )
                    }
                    guard byte <= 255 else {
                        throw PrimitiveFailure("Argument 2 of _ByteAt:Put: (\(byte)) cannot be cast to a byte")
                    }
                    array.address.storeBytes(of: UInt8(byte), toByteOffset: 24 + index, as: UInt8.self)
                    return .value(array.value)
                }
            }
        ),
        (
            "ByteArrayCopySize:FillingExtrasWith:",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let name = "_ByteArrayCopySize:FillingExtrasWith:"
                    _ = try vm.object(vm.receiver(base), .byteArray, -1, name).get()
                    let size = try vm.count(vm.argument(base, 0), 0, name).get()
                    let filler = try vm.object(vm.argument(base, 1), .byteArray, 1, name).get()
                    guard vm.memory.count(filler) == 1 else {
                        throw PrimitiveFailure("Filler argument to \(name) must have a length of 1")
                    }
                    guard size <= VirtualMachine.maximumObjectBytes else {
                        throw PrimitiveFailure("Size \(size) passed to \(name) is too large")
                    }
                    let fill = filler.address.load(fromByteOffset: 24, as: UInt8.self)
                    let copy = vm.memory.allocateByteArray(count: size)
                    let source = vm.receiver(base).object
                    let kept = min(size, vm.memory.count(source))
                    (copy.address + 24).copyMemory(from: source.address + 24, byteCount: kept)
                    (copy.address + 24 + kept).initializeMemory(as: UInt8.self, repeating: fill, count: size - kept)
                    return .value(copy.value)
                }
            }
        ),
        (
            "ByteArrayEq:",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let array = try vm.object(vm.receiver(base), .byteArray, -1, "_ByteArrayEq:").get()
                    let other = vm.argument(base, 0)
                    return .value(vm.memory.boolean(bytesEqual(array, other, vm.memory)))
                }
            }
        ),
        (
            // The world's string `hash` (an extension, docs/primitives-extensions.md):
            // Jenkins' one-at-a-time hash of the bytes in 32-bit wrap-around
            // arithmetic, the value the world's Self loop computed.
            "ByteArrayHash",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let array = try vm.object(vm.receiver(base), .byteArray, -1, "_ByteArrayHash").get()
                    let bytes = UnsafeRawBufferPointer(start: array.address + 24, count: vm.memory.count(array))
                    return .value(Value(integer: Int64(oneAtATimeHash(bytes))))
                }
            }
        ),
        (
            "ByteArrayConcatenate:",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let name = "_ByteArrayConcatenate:"
                    let first = try vm.object(vm.receiver(base), .byteArray, -1, name).get()
                    let second = try vm.object(vm.argument(base, 0), .byteArray, 0, name).get()
                    let firstCount = vm.memory.count(first)
                    let secondCount = vm.memory.count(second)
                    guard firstCount + secondCount <= VirtualMachine.maximumObjectBytes else {
                        throw PrimitiveFailure("Result of \(name) is too large")
                    }
                    let result = vm.memory.allocateByteArray(count: firstCount + secondCount)
                    let a = vm.receiver(base).object
                    let b = vm.argument(base, 0).object
                    (result.address + 24).copyMemory(from: a.address + 24, byteCount: firstCount)
                    (result.address + 24 + firstCount).copyMemory(from: b.address + 24, byteCount: secondCount)
                    return .value(result.value)
                }
            }
        ),
    ]

    /// `_ByteArrayEq:` on byte array `array`: whether `other` is a byte array with the
    /// same bytes (an argument of any other kind is not equal).
    static func bytesEqual(_ array: ObjectRef, _ other: Value, _ memory: ObjectMemory) -> Bool {
        guard memory.isKind(other, .byteArray) else { return false }
        let count = memory.count(array)
        guard count == memory.count(other.object) else { return false }
        return memcmpEqual(array.address + 24, other.object.address + 24, count)
    }

    static func memcmpEqual(_ a: UnsafeMutableRawPointer, _ b: UnsafeMutableRawPointer, _ count: Int) -> Bool {
        for index in 0..<count
        where a.load(fromByteOffset: index, as: UInt8.self) != b.load(fromByteOffset: index, as: UInt8.self) {
            return false
        }
        return true
    }
}

extension ObjectMemory {
    public var falseValue: Value { known.falseObject }
    public var trueValue: Value { known.trueObject }
}

/// Jenkins' one-at-a-time hash, 32 bits (`_ByteArrayHash`).
func oneAtATimeHash(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
    var hash: UInt32 = 0
    for byte in bytes {
        hash &+= UInt32(byte)
        hash &+= hash &<< 10
        hash ^= hash &>> 6
    }
    hash &+= hash &<< 3
    hash ^= hash &>> 11
    hash &+= hash &<< 15
    return hash
}
