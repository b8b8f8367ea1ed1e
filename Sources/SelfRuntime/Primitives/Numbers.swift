import SelfNumerics

/// What the arithmetic primitives know of a number they were given (docs/numbers.md):
/// a small integer, a big integer (its value copied out of the heap) or a float. A
/// value of any other kind is not a number.
enum Number {
    case small(Int64)
    case big(BigInteger)
    case float(Double)

    /// The number as a double: exact for floats, rounded to nearest for integers.
    var double: Double {
        switch self {
        case .small(let n): Double(n)
        case .big(let b): b.asDouble
        case .float(let d): d
        }
    }

    /// The integer, small or big, as a `BigInteger`; nil for a float.
    var integer: BigInteger? {
        switch self {
        case .small(let n): BigInteger(n)
        case .big(let b): b
        case .float: nil
        }
    }
}

extension VirtualMachine {
    /// The number `value` is, or nil.
    @inline(__always)
    func number(_ value: Value) -> Number? {
        if value.isInteger { return .small(value.integer) }
        if value.isImmediateFloat { return .float(value.immediateFloat) }
        switch value.object.kind {
        case .float: return .float(value.object.floatValue)
        case .bigInteger: return .big(memory.bigInteger(of: value.object))
        default: return nil
        }
    }

    /// The number `value` is, or the error "Expected number for … <primitive>".
    func number(_ value: Value, _ index: Int, _ primitive: String) -> Result<Number, PrimitiveFailure> {
        if let number = number(value) { return .success(number) }
        return .failure(PrimitiveFailure("Expected number for \(VirtualMachine.who(index)) \(primitive)"))
    }

    /// A float's value, or the error "Expected float for … <primitive>".
    func float(_ value: Value, _ index: Int, _ primitive: String) -> Result<Double, PrimitiveFailure> {
        if memory.isFloat(value) { return .success(memory.floatValue(value)) }
        return .failure(PrimitiveFailure("Expected float for \(VirtualMachine.who(index)) \(primitive)"))
    }
}

extension ObjectRef {
    /// A float object's value (word 2 holds its bits).
    @inline(__always)
    var floatValue: Double { Double(bitPattern: address.load(fromByteOffset: 16, as: UInt64.self)) }
}

/// Exact comparison of integers with floats (docs/numbers.md, "Mixed arithmetic"):
/// an integer and a float compare by their mathematical values, not by rounding the
/// integer to a double first, so that `2^53 + 1 > 2^53 asFloat` and equal values are
/// equal whatever their kinds (which hashing relies on).
enum NumberOrder {
    /// −1, 0 or 1 as `n` is below, equal to or above `d`; nil when `d` is NaN.
    static func compare(_ n: Int64, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        // Every double of magnitude 2^63 or more lies beyond any Int64.
        if d >= 9_223_372_036_854_775_808.0 { return -1 }
        if d < -9_223_372_036_854_775_808.0 { return 1 }
        let whole = d.rounded(.down)
        let floor = Int64(whole)
        if n < floor { return -1 }
        if n > floor { return 1 }
        return whole == d ? 0 : -1
    }

    /// −1, 0 or 1 as the integer `n` is below, equal to or above `d`; nil when `d` is
    /// NaN.
    static func compare(_ n: BigInteger, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        if d.isInfinite { return d > 0 ? -1 : 1 }
        let whole = d.rounded(.down)
        let order = BigInteger.compare(n, BigInteger(whole))
        if order != 0 { return order }
        return whole == d ? 0 : -1
    }

    /// −1, 0 or 1 for two numbers; nil when either is NaN.
    static func compare(_ a: Number, _ b: Number) -> Int? {
        switch (a, b) {
        case (.small(let x), .small(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.small(let x), .float(let y)): return compare(x, y)
        case (.float(let x), .small(let y)): return compare(y, x).map { -$0 }
        case (.big(let x), .float(let y)): return compare(x, y)
        case (.float(let x), .big(let y)): return compare(y, x).map { -$0 }
        case (.float(let x), .float(let y)):
            if x.isNaN || y.isNaN { return nil }
            return x < y ? -1 : (x > y ? 1 : 0)
        default: return BigInteger.compare(a.integer!, b.integer!)
        }
    }
}

/// Floored modulo of doubles, as `%` on integers: the result takes the divisor's sign
/// (`-7.5 % 2` is 0.5). NaN for a zero divisor or an infinite dividend.
func flooredModulo(_ a: Double, _ b: Double) -> Double {
    let remainder = a.truncatingRemainder(dividingBy: b)
    if remainder != 0 && ((remainder < 0) != (b < 0)) { return remainder + b }
    // A zero remainder keeps the divisor's sign, as Python's does (-0.0 for 1.0 % -1.0).
    return remainder == 0 ? (b < 0 ? -0.0 : 0.0) : remainder
}
