import SelfNumerics

/// Integer primitives (primitives.md §3.3, language.md §11.1): floored division and
/// modulo, wrapping left shift of small integers, two's complement bit operations.
///
/// Extensions (docs/numbers.md):
/// - A result beyond the 63-bit range is a big integer instead of the error
///   `Integer overflow`, and every primitive here takes big integers as well as
///   small ones; a result that fits is a small integer again.
/// - The arithmetic and comparison primitives take a float argument, and then answer
///   what the float primitive would for the integer converted to a float
///   (`3 + 0.5` is 3.5, `3 / 2.0` is 1.5); comparisons and `_IntEq:` compare an
///   integer with a float exactly.
/// - `_IntHash`, `_IntAsStringBase:`, `_IntBitLength`, `_IntRaisedTo:`, `_IntGcd:`,
///   `_IntFactorial` and `_ByteArrayAsIntegerBase:` serve the world's integer protocol.
enum IntegerPrimitives {
    static let entries: [(name: String, function: PrimitiveFunction)] = arithmetic + bits + comparisons + functions

    /// `+ - * / %`.
    static let arithmetic: [(name: String, function: PrimitiveFunction)] = [
        (
            "IntAdd:",
            operation(
                "_IntAdd:", small: { a, b in checked(a.addingReportingOverflow(b)) }, big: { $0 + $1 },
                float: { $0 + $1 }, onHeap: { vm, base in vm.addBigIntegers(base, subtract: false) })
        ),
        (
            "IntSub:",
            operation(
                "_IntSub:", small: { a, b in checked(a.subtractingReportingOverflow(b)) }, big: { $0 - $1 },
                float: { $0 - $1 }, onHeap: { vm, base in vm.addBigIntegers(base, subtract: true) })
        ),
        (
            "IntMul:",
            operation(
                "_IntMul:", small: { a, b in checked(a.multipliedReportingOverflow(by: b)) }, big: { $0 * $1 },
                float: { $0 * $1 }, bits: { $0.bitLength + $1.bitLength })
        ),
        (
            "IntDiv:",
            operation(
                "_IntDiv:", zero: "Division by zero",
                small: { a, b in
                    // −2^62 / −1 is 2^62, one beyond the range: the big path answers it.
                    var quotient = a / b
                    if (a % b != 0) && ((a < 0) != (b < 0)) { quotient -= 1 }
                    return Value.checkedInteger(quotient)
                },
                big: { $0.floorDivide(by: $1) }, float: { $0 / $1 })
        ),
        (
            "IntMod:",
            operation(
                "_IntMod:", zero: "Modulo by zero",
                small: { a, b in
                    var remainder = a % b
                    if remainder != 0 && ((remainder < 0) != (b < 0)) { remainder += b }
                    return Value(integer: remainder)
                },
                big: { $0.floorModulo(by: $1) }, float: flooredModulo)
        ),
    ]

    /// Shifts and bit operations.
    static let bits: [(name: String, function: PrimitiveFunction)] = [
        (
            "IntShl:",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let (receiver, count) = try shiftOperands(vm, base, "_IntShl:")
                    if case .small(let a) = receiver {
                        // ZigSelf's shift of a small integer: bits beyond the 63rd are
                        // discarded (shift in 64 bits, then sign-extend bit 62).
                        return .value(Value(integer: ((a << count) << 1) >> 1))
                    }
                    let value = receiver.integer!
                    try checkSize(bits: value.bitLength + count)
                    return .value(vm.memory.makeInteger(value.shiftedLeft(by: count)))
                }
            }
        ),
        (
            "IntShr:",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let (receiver, count) = try shiftOperands(vm, base, "_IntShr:")
                    if case .small(let a) = receiver { return .value(Value(integer: a >> count)) }
                    return .value(vm.memory.makeInteger(receiver.integer!.shiftedRight(by: count)))
                }
            }
        ),
        ("IntAnd:", bitwise("_IntAnd:", small: { $0 & $1 }, big: { $0 & $1 })),
        ("IntOr:", bitwise("_IntOr:", small: { $0 | $1 }, big: { $0 | $1 })),
        ("IntXor:", bitwise("_IntXor:", small: { $0 ^ $1 }, big: { $0 ^ $1 })),
        (
            "IntBitLength",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let receiver = vm.receiver(base)
                    if receiver.isInteger {
                        return .value(
                            Value(integer: Int64(Int64.bitWidth - receiver.integer.magnitude.leadingZeroBitCount)))
                    }
                    let value = try integer(vm, receiver, -1, "_IntBitLength")
                    return .value(Value(integer: Int64(value.bitLength)))
                }
            }
        ),
    ]

    /// `< > <= >=`, equality and inequality, and the hash. `<=`, `>=` and `!=` are
    /// primitives (an extension, docs/primitives-extensions.md) so that the
    /// interpreter's arithmetic fast path covers them.
    static let comparisons: [(name: String, function: PrimitiveFunction)] = [
        ("IntLT:", order("_IntLT:") { $0 < 0 }),
        ("IntGT:", order("_IntGT:") { $0 > 0 }),
        ("IntLE:", order("_IntLE:") { $0 <= 0 }),
        ("IntGE:", order("_IntGE:") { $0 >= 0 }),
        ("IntEq:", equality("_IntEq:", equal: true)),
        ("IntNE:", equality("_IntNE:", equal: false)),
        (
            "IntHash",
            { vm, base, _ in
                let receiver = vm.receiver(base)
                if receiver.isInteger { return .value(receiver) }
                guard vm.memory.isKind(receiver, .bigInteger) else {
                    return .error("Expected integer for receiver of _IntHash")
                }
                return .value(Value(integer: NumberHash.hash(vm.memory.bigInteger(of: receiver.object))))
            }
        ),
    ]

    /// The digits of a small integer in `radix` (lower-case letters past 9, a minus
    /// sign first when negative), written straight into a new byte array: no Swift
    /// `String` in between, whose allocation and copy were most of the cost of
    /// `asString` (hash-string's keys). Called with the literal radix 10, so that
    /// the division is by a constant.
    @inline(__always)
    static func digits(_ n: Int64, radix: UInt64, _ memory: ObjectMemory) -> Value {
        var count = 1
        var rest = n.magnitude / radix
        while rest != 0 {
            count += 1
            rest /= radix
        }
        let length = count + (n < 0 ? 1 : 0)
        let object = memory.allocateByteArray(count: length)
        let body = object.address + 24
        var magnitude = n.magnitude
        var index = length
        repeat {
            index -= 1
            let digit = UInt8(truncatingIfNeeded: magnitude % radix)
            body.storeBytes(of: digit < 10 ? 48 &+ digit : 87 &+ digit, toByteOffset: index, as: UInt8.self)
            magnitude /= radix
        } while magnitude != 0
        if n < 0 { body.storeBytes(of: UInt8(ascii: "-"), toByteOffset: 0, as: UInt8.self) }
        return object.value
    }

    /// Text, powers, gcd and factorial.
    static let functions: [(name: String, function: PrimitiveFunction)] = [
        (
            "IntAsStringBase:",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let receiver = vm.receiver(base)
                    let value = receiver.isInteger ? nil : try integer(vm, receiver, -1, "_IntAsStringBase:")
                    let radix = try vm.integer(vm.argument(base, 0), 0, "_IntAsStringBase:").get()
                    guard radix >= 2 && radix <= 36 else {
                        throw PrimitiveFailure("Base \(radix) passed to _IntAsStringBase: is not between 2 and 36")
                    }
                    // A small integer without a `BigInteger` (hash keys are printed often).
                    guard let value else {
                        return .value(
                            radix == 10
                                ? digits(receiver.integer, radix: 10, vm.memory)
                                : digits(receiver.integer, radix: UInt64(radix), vm.memory))
                    }
                    return .value(vm.memory.makeByteArray(value.asciiDigits(radix: Int(radix))))
                }
            }
        ),
        (
            "ByteArrayAsIntegerBase:",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let text = try vm.object(vm.receiver(base), .byteArray, -1, "_ByteArrayAsIntegerBase:").get()
                    let radix = try vm.integer(vm.argument(base, 0), 0, "_ByteArrayAsIntegerBase:").get()
                    guard radix >= 2 && radix <= 36 else {
                        throw PrimitiveFailure(
                            "Base \(radix) passed to _ByteArrayAsIntegerBase: is not between 2 and 36")
                    }
                    // Digits only: a sign, a blank or a digit not below the base answers nil.
                    let bytes = vm.memory.bytes(text.value)
                    guard bytes.first != UInt8(ascii: "-"), let value = BigInteger(parsing: bytes, radix: Int(radix))
                    else { return .value(vm.memory.nilValue) }
                    return .value(vm.memory.makeInteger(value))
                }
            }
        ),
        (
            "IntRaisedTo:",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let value = try integer(vm, vm.receiver(base), -1, "_IntRaisedTo:")
                    let exponent = try vm.count(vm.argument(base, 0), 0, "_IntRaisedTo:").get()
                    if value.limbs.count > 0 && !(value.limbs.count == 1 && value.limbs[0] == 1) {
                        try checkSize(bits: (value.bitLength - 1).multipliedReportingOverflow(by: exponent))
                    }
                    return .value(vm.memory.makeInteger(value.power(UInt(exponent))))
                }
            }
        ),
        (
            "IntGcd:",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let a = try integer(vm, vm.receiver(base), -1, "_IntGcd:")
                    let b = try integer(vm, vm.argument(base, 0), 0, "_IntGcd:")
                    return .value(vm.memory.makeInteger(BigInteger.gcd(a, b)))
                }
            }
        ),
        (
            "IntFactorial",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let n = try vm.count(vm.receiver(base), -1, "_IntFactorial").get()
                    // log2(n!) < n · log2(n).
                    try checkSize(bits: n.multipliedReportingOverflow(by: max(1, n.bitWidth - n.leadingZeroBitCount)))
                    return .value(vm.memory.makeInteger(BigInteger.factorial(of: n)))
                }
            }
        ),
    ]

    // MARK: - Operands

    /// The value of an integer operand (small or big), or "Expected integer for …".
    static func integer(_ vm: VirtualMachine, _ value: Value, _ index: Int, _ name: String)
        throws(PrimitiveFailure) -> BigInteger
    {
        if let value = vm.memory.bigInteger(value) { return value }
        throw PrimitiveFailure("Expected integer for \(VirtualMachine.who(index)) \(name)")
    }

    /// A small result, or nil when the operation overflowed 64 bits or leaves 63.
    @inline(__always)
    static func checked(_ result: (partialValue: Int64, overflow: Bool)) -> Value? {
        result.overflow ? nil : Value.checkedInteger(result.partialValue)
    }

    /// Refuses a result of more bits than a heap object may hold.
    static func checkSize(bits: Int) throws(PrimitiveFailure) {
        if bits > ObjectMemory.maximumIntegerBits { throw PrimitiveFailure("Integer too large") }
    }

    static func checkSize(bits: (partialValue: Int, overflow: Bool)) throws(PrimitiveFailure) {
        if bits.overflow { throw PrimitiveFailure("Integer too large") }
        try checkSize(bits: bits.partialValue)
    }

    /// An arithmetic primitive: two small integers by `small` (nil when the result
    /// does not fit, which `big` then computes), big integers by `big`, and a float
    /// argument by `float` on the receiver converted. With `zero`, a zero integer
    /// argument is that error; with `bits`, a bound on the result's size, checked
    /// against `maximumIntegerBits` first. `onHeap`, when given, computes integer
    /// operands on their limbs in the heap (`addBigIntegers`), answering nil for
    /// anything else.
    static func operation(
        _ name: String, zero: String? = nil, small: @escaping @Sendable (Int64, Int64) -> Value?,
        big: @escaping @Sendable (BigInteger, BigInteger) -> BigInteger,
        float: @escaping @Sendable (Double, Double) -> Double,
        bits: (@Sendable (BigInteger, BigInteger) -> Int)? = nil,
        onHeap: (@Sendable (VirtualMachine, Int) -> Value?)? = nil
    ) -> PrimitiveFunction {
        { vm, base, _ in
            let receiver = vm.receiver(base)
            let argument = vm.argument(base, 0)
            if receiver.isInteger && argument.isInteger {
                if let zero, argument.integer == 0 { return .error(zero) }
                if let result = small(receiver.integer, argument.integer) { return .value(result) }
            }
            if let onHeap, let result = onHeap(vm, base) { return .value(result) }
            return primitive { () throws(PrimitiveFailure) in
                let left = try integer(vm, receiver, -1, name)
                guard let right = vm.number(argument) else {
                    throw PrimitiveFailure("Expected integer for argument 1 of \(name)")
                }
                if case .float(let d) = right { return .value(vm.memory.makeFloat(float(left.asDouble, d))) }
                let value = right.integer!
                if let zero, value.isZero { throw PrimitiveFailure(zero) }
                if let bits { try checkSize(bits: bits(left, value)) }
                return .value(vm.memory.makeInteger(big(left, value)))
            }
        }
    }

    /// A bit operation on the integers' infinite two's complement.
    static func bitwise(
        _ name: String, small: @escaping @Sendable (Int64, Int64) -> Int64,
        big: @escaping @Sendable (BigInteger, BigInteger) -> BigInteger
    ) -> PrimitiveFunction {
        { vm, base, _ in
            let receiver = vm.receiver(base)
            let argument = vm.argument(base, 0)
            if receiver.isInteger && argument.isInteger {
                return .value(Value(integer: small(receiver.integer, argument.integer)))
            }
            return primitive { () throws(PrimitiveFailure) in
                let left = try integer(vm, receiver, -1, name)
                let right = try integer(vm, argument, 0, name)
                return .value(vm.memory.makeInteger(big(left, right)))
            }
        }
    }

    /// `_IntEq:` (`equal`) or `_IntNE:`: whether an integer is equal to any value
    /// (a non-number is unequal).
    static func equality(_ name: String, equal: Bool) -> PrimitiveFunction {
        { vm, base, _ in
            let receiver = vm.receiver(base)
            let argument = vm.argument(base, 0)
            // Small integers have one form: equal exactly when their words are.
            if receiver.isInteger && argument.isInteger {
                return .value(vm.memory.boolean((argument == receiver) == equal))
            }
            guard let left = vm.number(receiver), !isFloat(left) else {
                return .error("Expected integer for receiver of \(name)")
            }
            guard let right = vm.number(argument) else { return .value(vm.memory.boolean(!equal)) }
            return .value(vm.memory.boolean((NumberOrder.compare(left, right) == 0) == equal))
        }
    }

    /// `_IntLT:`, `_IntGT:`, `_IntLE:`, `_IntGE:`: `test` of the exact order of an integer and a number
    /// (false when the float is NaN).
    static func order(_ name: String, _ test: @escaping @Sendable (Int) -> Bool) -> PrimitiveFunction {
        { vm, base, _ in
            let receiver = vm.receiver(base)
            let argument = vm.argument(base, 0)
            if receiver.isInteger && argument.isInteger {
                let (a, b) = (receiver.integer, argument.integer)
                return .value(vm.memory.boolean(test(a < b ? -1 : (a > b ? 1 : 0))))
            }
            return primitive { () throws(PrimitiveFailure) in
                let left = try integer(vm, receiver, -1, name)
                guard let right = vm.number(argument) else {
                    throw PrimitiveFailure("Expected integer for argument 1 of \(name)")
                }
                let order = NumberOrder.compare(.big(left), right)
                return .value(vm.memory.boolean(order.map(test) ?? false))
            }
        }
    }

    /// The receiver and bit count of a shift. A small receiver takes counts 0…63 as
    /// in ZigSelf; a big one any count of 0 or more.
    static func shiftOperands(_ vm: VirtualMachine, _ base: Int, _ name: String) throws(PrimitiveFailure)
        -> (Number, Int)
    {
        let receiver = vm.receiver(base)
        let argument = vm.argument(base, 0)
        // A small receiver is read without making a `BigInteger` (string hashes shift).
        if receiver.isInteger {
            guard argument.isInteger else { throw PrimitiveFailure("Expected integer for argument 1 of \(name)") }
            let count = argument.integer
            guard count >= 0 && count <= 63 else {
                throw PrimitiveFailure("Argument to \(name) must be between 0 and 63")
            }
            return (.small(receiver.integer), Int(count))
        }
        let value = try integer(vm, receiver, -1, name)
        guard argument.isInteger else { throw PrimitiveFailure("Expected integer for argument 1 of \(name)") }
        let count = argument.integer
        guard count >= 0 else { throw PrimitiveFailure("Argument to \(name) must not be negative") }
        return (.big(value), Int(count))
    }

    @inline(__always)
    static func isFloat(_ number: Number) -> Bool {
        if case .float = number { return true }
        return false
    }
}
