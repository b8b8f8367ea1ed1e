/// Array primitives (primitives.md §3.5).
enum ArrayPrimitives {
    static let entries: [(name: String, function: PrimitiveFunction)] = [
        (
            "ArrayCopySize:FillingExtrasWith:",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let name = "_ArrayCopySize:FillingExtrasWith:"
                    let size = try vm.count(vm.argument(base, 0), 0, name).get()
                    // Size 0 makes a new empty array whatever the receiver is: this is how the
                    // world creates its first array.
                    if size > 0 { _ = try vm.object(vm.receiver(base), .array, -1, name).get() }
                    guard size <= VirtualMachine.maximumObjectBytes / 8 else {
                        throw PrimitiveFailure("Size \(size) passed to \(name) is too large")
                    }
                    let copy = vm.memory.allocateArray(count: size, fill: vm.argument(base, 1))
                    if size > 0 {
                        let source = vm.receiver(base).object
                        let kept = min(size, vm.memory.count(source))
                        // One reference to the heap for the whole loop, not a retain and
                        // release per element (a third of a hash map's growth).
                        Unmanaged.passUnretained(vm.memory.heap)._withUnsafeGuaranteedRef { heap in
                            for index in 0..<kept {
                                heap.store(source[word: 3 + index], into: copy, at: 3 + index)
                            }
                        }
                    }
                    return .value(copy.value)
                }
            }
        ),
        (
            "ArraySize",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let array = try vm.object(vm.receiver(base), .array, -1, "_ArraySize").get()
                    return .value(Value(integer: Int64(vm.memory.count(array))))
                }
            }
        ),
        (
            "ArrayAt:",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let array = try vm.object(vm.receiver(base), .array, -1, "_ArrayAt:").get()
                    let index = try vm.count(vm.argument(base, 0), 0, "_ArrayAt:").get()
                    let size = vm.memory.count(array)
                    guard index < size else {
                        throw PrimitiveFailure(
                            "Position passed to _ArrayAt: is out of bounds (position: \(index), size: \(size))")
                    }
                    return .value(array[word: 3 + index])
                }
            }
        ),
        (
            "ArrayAt:Put:",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let array = try vm.object(vm.receiver(base), .array, -1, "_ArrayAt:Put:").get()
                    if let message = vm.checkWritable(array, "_ArrayAt:Put: receiver is not writable for actor") {
                        throw PrimitiveFailure(message)
                    }
                    let index = try vm.count(vm.argument(base, 0), 0, "_ArrayAt:Put:").get()
                    let size = vm.memory.count(array)
                    guard index < size else {
                        throw PrimitiveFailure(
                            "Position passed to _ArrayAt:Put: is out of bounds (position: \(index), size: \(size))")
                    }
                    vm.memory.heap.store(vm.argument(base, 1), into: array, at: 3 + index)
                    vm.spreadReachability(vm.argument(base, 1), storedInto: array)
                    return .value(array.value)
                }
            }
        ),
        // `std hashMap`'s probe for keys whose `=` is a primitive (HashProbe.swift).
        (
            "HashProbe:Hash:Keys:",
            { vm, base, _ in primitive { () throws(PrimitiveFailure) in .value(try vm.hashProbe(base)) } }
        ),
        // `std hashMap`'s index rebuilt from the stored hashes (HashIndex.swift).
        (
            "HashIndex:Count:",
            { vm, base, _ in primitive { () throws(PrimitiveFailure) in .value(try vm.hashIndex(base)) } }
        ),
    ]
}
