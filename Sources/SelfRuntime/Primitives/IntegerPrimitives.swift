/// Integer primitives (primitives.md §3.3, language.md §11.1): 63-bit values,
/// overflow errors, floored division and modulo, wrapping left shift.
///
/// Extension (docs/numbers.md): the arithmetic and comparison primitives also take a
/// float argument, and then answer what the float primitive would for the integer
/// converted to a float (`3 + 0.5` is 3.5, `3 / 2.0` is 1.5); comparisons and
/// `_IntEq:` compare an integer with a float exactly.
enum IntegerPrimitives {
    static let entries: [(name: String, function: PrimitiveFunction)] = [
        (
            "IntAdd:",
            { vm, base, _ in
                binary(vm, base, "_IntAdd:", orFloat: { $0 + $1 }) { a, b in
                    let (sum, overflow) = a.addingReportingOverflow(b)
                    return overflow ? .failure(PrimitiveFailure("Integer overflow")) : ranged(sum, "Integer overflow")
                }
            }
        ),
        (
            "IntSub:",
            { vm, base, _ in
                binary(vm, base, "_IntSub:", orFloat: { $0 - $1 }) { a, b in
                    let (difference, overflow) = a.subtractingReportingOverflow(b)
                    return overflow
                        ? .failure(PrimitiveFailure("Integer underflow")) : ranged(difference, "Integer underflow")
                }
            }
        ),
        (
            "IntMul:",
            { vm, base, _ in
                binary(vm, base, "_IntMul:", orFloat: { $0 * $1 }) { a, b in
                    let (product, overflow) = a.multipliedReportingOverflow(by: b)
                    return overflow
                        ? .failure(PrimitiveFailure("Integer overflow")) : ranged(product, "Integer overflow")
                }
            }
        ),
        (
            "IntDiv:",
            { vm, base, _ in
                binary(vm, base, "_IntDiv:", orFloat: { $0 / $1 }) { a, b in
                    guard b != 0 else { return .failure(PrimitiveFailure("Division by zero")) }
                    var quotient = a / b
                    if (a % b != 0) && ((a < 0) != (b < 0)) { quotient -= 1 }
                    return ranged(quotient, "Integer overflow")
                }
            }
        ),
        (
            "IntMod:",
            { vm, base, _ in
                binary(vm, base, "_IntMod:", orFloat: flooredModulo) { a, b in
                    guard b != 0 else { return .failure(PrimitiveFailure("Modulo by zero")) }
                    var remainder = a % b
                    if remainder != 0 && ((remainder < 0) != (b < 0)) { remainder += b }
                    return .success(Value(integer: remainder))
                }
            }
        ),
        (
            "IntShl:",
            { vm, base, _ in
                binary(vm, base, "_IntShl:") { a, b in
                    guard b >= 0 && b <= 63 else {
                        return .failure(PrimitiveFailure("Argument to _IntShl: must be between 0 and 63"))
                    }
                    // Bits beyond the 63rd are discarded: shift in 64 bits, then sign-extend bit 62.
                    return .success(Value(integer: ((a << b) << 1) >> 1))
                }
            }
        ),
        (
            "IntShr:",
            { vm, base, _ in
                binary(vm, base, "_IntShr:") { a, b in
                    guard b >= 0 && b <= 63 else {
                        return .failure(PrimitiveFailure("Argument to _IntShr: must be between 0 and 63"))
                    }
                    return .success(Value(integer: a >> b))
                }
            }
        ),
        ("IntAnd:", { vm, base, _ in binary(vm, base, "_IntAnd:") { a, b in .success(Value(integer: a & b)) } }),
        ("IntOr:", { vm, base, _ in binary(vm, base, "_IntOr:") { a, b in .success(Value(integer: a | b)) } }),
        ("IntXor:", { vm, base, _ in binary(vm, base, "_IntXor:") { a, b in .success(Value(integer: a ^ b)) } }),
        (
            "IntLT:",
            { vm, base, _ in
                compare(vm, base, "_IntLT:", { $0 < 0 }) { a, b in .success(vm.memory.boolean(a < b)) }
            }
        ),
        (
            "IntGT:",
            { vm, base, _ in
                compare(vm, base, "_IntGT:", { $0 > 0 }) { a, b in .success(vm.memory.boolean(a > b)) }
            }
        ),
        (
            "IntEq:",
            { vm, base, _ in
                let receiver = vm.receiver(base)
                guard receiver.isInteger else { return .error("Expected integer for receiver of _IntEq:") }
                let argument = vm.argument(base, 0)
                if argument.isInteger || !vm.memory.isKind(argument, .float) {
                    return .value(vm.memory.boolean(argument == receiver))
                }
                let order = NumberOrder.compare(receiver.integer, argument.object.floatValue)
                return .value(vm.memory.boolean(order == 0))
            }
        ),
    ]

    /// `_IntLT:`/`_IntGT:`: `operation` on two integers; with a float argument, `test`
    /// of their exact order (false when the float is NaN).
    @inline(__always)
    static func compare(
        _ vm: VirtualMachine, _ base: Int, _ name: String, _ test: (Int) -> Bool,
        _ operation: (Int64, Int64) -> Result<Value, PrimitiveFailure>
    ) -> PrimitiveResult {
        let receiver = vm.receiver(base)
        let argument = vm.argument(base, 0)
        if receiver.isInteger, vm.memory.isKind(argument, .float) {
            let order = NumberOrder.compare(receiver.integer, argument.object.floatValue)
            return .value(vm.memory.boolean(order.map(test) ?? false))
        }
        return binary(vm, base, name, operation)
    }

    /// A result that must lie in the 63-bit range.
    static func ranged(_ n: Int64, _ message: String) -> Result<Value, PrimitiveFailure> {
        if let value = Value.checkedInteger(n) { return .success(value) }
        return .failure(PrimitiveFailure(message))
    }

    /// Checks that receiver and argument are integers, then applies `operation`; with
    /// a float argument, answers `onFloats` of the receiver as a float and the float.
    @inline(__always)
    static func binary(
        _ vm: VirtualMachine, _ base: Int, _ name: String, orFloat onFloats: ((Double, Double) -> Double)? = nil,
        _ operation: (Int64, Int64) -> Result<Value, PrimitiveFailure>
    ) -> PrimitiveResult {
        let receiver = vm.receiver(base)
        let argument = vm.argument(base, 0)
        guard receiver.isInteger else { return .error("Expected integer for receiver of \(name)") }
        guard argument.isInteger else {
            if let onFloats, vm.memory.isKind(argument, .float) {
                return .value(vm.memory.makeFloat(onFloats(Double(receiver.integer), argument.object.floatValue)))
            }
            return .error("Expected integer for argument 1 of \(name)")
        }
        switch operation(receiver.integer, argument.integer) {
        case .success(let value): return .value(value)
        case .failure(let failure): return .error(failure.message)
        }
    }
}
