/// Integer primitives (primitives.md §3.3, language.md §11.1): 63-bit values,
/// overflow errors, floored division and modulo, wrapping left shift.
enum IntegerPrimitives {
    static let entries: [(name: String, function: PrimitiveFunction)] = [
        (
            "IntAdd:",
            { vm, base, _ in
                binary(vm, base, "_IntAdd:") { a, b in
                    let (sum, overflow) = a.addingReportingOverflow(b)
                    return overflow ? .failure(PrimitiveFailure("Integer overflow")) : ranged(sum, "Integer overflow")
                }
            }
        ),
        (
            "IntSub:",
            { vm, base, _ in
                binary(vm, base, "_IntSub:") { a, b in
                    let (difference, overflow) = a.subtractingReportingOverflow(b)
                    return overflow
                        ? .failure(PrimitiveFailure("Integer underflow")) : ranged(difference, "Integer underflow")
                }
            }
        ),
        (
            "IntMul:",
            { vm, base, _ in
                binary(vm, base, "_IntMul:") { a, b in
                    let (product, overflow) = a.multipliedReportingOverflow(by: b)
                    return overflow
                        ? .failure(PrimitiveFailure("Integer overflow")) : ranged(product, "Integer overflow")
                }
            }
        ),
        (
            "IntDiv:",
            { vm, base, _ in
                binary(vm, base, "_IntDiv:") { a, b in
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
                binary(vm, base, "_IntMod:") { a, b in
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
        ("IntLT:", { vm, base, _ in binary(vm, base, "_IntLT:") { a, b in .success(vm.memory.boolean(a < b)) } }),
        ("IntGT:", { vm, base, _ in binary(vm, base, "_IntGT:") { a, b in .success(vm.memory.boolean(a > b)) } }),
        (
            "IntEq:",
            { vm, base, _ in
                let receiver = vm.receiver(base)
                guard receiver.isInteger else { return .error("Expected integer for receiver of _IntEq:") }
                return .value(vm.memory.boolean(vm.argument(base, 0) == receiver))
            }
        ),
    ]

    /// A result that must lie in the 63-bit range.
    static func ranged(_ n: Int64, _ message: String) -> Result<Value, PrimitiveFailure> {
        if let value = Value.checkedInteger(n) { return .success(value) }
        return .failure(PrimitiveFailure(message))
    }

    /// Checks that receiver and argument are integers, then applies `operation`.
    @inline(__always)
    static func binary(
        _ vm: VirtualMachine, _ base: Int, _ name: String,
        _ operation: (Int64, Int64) -> Result<Value, PrimitiveFailure>
    ) -> PrimitiveResult {
        let receiver = vm.receiver(base)
        let argument = vm.argument(base, 0)
        guard receiver.isInteger else { return .error("Expected integer for receiver of \(name)") }
        guard argument.isInteger else { return .error("Expected integer for argument 1 of \(name)") }
        switch operation(receiver.integer, argument.integer) {
        case .success(let value): return .value(value)
        case .failure(let failure): return .error(failure.message)
        }
    }
}
