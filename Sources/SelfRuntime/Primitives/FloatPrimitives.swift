import Glibc
import SelfNumerics

/// Float primitives (this VM's extension, docs/numbers.md): IEEE-754 doubles. The
/// receiver is a float; an argument may be any number (a small integer is converted
/// to the nearest double), except for comparisons and equality, which are exact.
/// Division by zero follows IEEE-754 (an infinity or NaN), as in Lua and C.
enum FloatPrimitives {
    static let entries: [(name: String, function: PrimitiveFunction)] =
        arithmetic + comparisons + conversions + functions

    /// `+ - * / %` and `raisedTo:`/`log:`, each answering a new float.
    static let arithmetic: [(name: String, function: PrimitiveFunction)] = [
        ("FloatAdd:", binary("_FloatAdd:") { $0 + $1 }),
        ("FloatSub:", binary("_FloatSub:") { $0 - $1 }),
        ("FloatMul:", binary("_FloatMul:") { $0 * $1 }),
        ("FloatDiv:", binary("_FloatDiv:") { $0 / $1 }),
        ("FloatMod:", binary("_FloatMod:") { flooredModulo($0, $1) }),
        ("FloatRaisedTo:", binary("_FloatRaisedTo:") { Glibc.pow($0, $1) }),
        ("FloatLog:", binary("_FloatLog:") { Glibc.log($0) / Glibc.log($1) }),
        ("FloatMin:", binary("_FloatMin:") { a, b in a.isNaN || b.isNaN ? .nan : Swift.min(a, b) }),
        ("FloatMax:", binary("_FloatMax:") { a, b in a.isNaN || b.isNaN ? .nan : Swift.max(a, b) }),
    ]

    /// `< > <= >=` (false whenever NaN is involved), `=` (false for non-numbers) and
    /// `!=` (its negation).
    static let comparisons: [(name: String, function: PrimitiveFunction)] = [
        ("FloatLT:", compare("_FloatLT:") { $0 < 0 }),
        ("FloatGT:", compare("_FloatGT:") { $0 > 0 }),
        ("FloatLE:", compare("_FloatLE:") { $0 <= 0 }),
        ("FloatGE:", compare("_FloatGE:") { $0 >= 0 }),
        ("FloatEq:", equality("_FloatEq:", equal: true)),
        ("FloatNE:", equality("_FloatNE:", equal: false)),
    ]

    /// Conversions to integers and text, and the hash.
    static let conversions: [(name: String, function: PrimitiveFunction)] = [
        ("FloatTruncated", integral("_FloatTruncated", .towardZero)),
        ("FloatRounded", integral("_FloatRounded", .toNearestOrAwayFromZero)),
        ("FloatFloor", integral("_FloatFloor", .down)),
        ("FloatCeiling", integral("_FloatCeiling", .up)),
        (
            "FloatAsString",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let value = try vm.float(vm.receiver(base), -1, "_FloatAsString").get()
                    return .value(vm.memory.makeByteArray(FloatText.shortest(value).utf8))
                }
            }
        ),
        (
            "FloatHash",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let value = try vm.float(vm.receiver(base), -1, "_FloatHash").get()
                    return .value(Value(integer: FloatText.hash(value)))
                }
            }
        ),
        (
            "IntAsFloat",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let n = try IntegerPrimitives.integer(vm, vm.receiver(base), -1, "_IntAsFloat")
                    return .value(vm.memory.makeFloat(n.asDouble))
                }
            }
        ),
        (
            "ByteArrayAsFloat",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let bytes = try vm.object(vm.receiver(base), .byteArray, -1, "_ByteArrayAsFloat").get()
                    let text = vm.memory.string(bytes.value)
                    guard let value = FloatText.parse(text) else {
                        // The message quotes at most 40 characters of the text.
                        let quoted = text.count > 40 ? text.prefix(39) + "…" : Substring(text)
                        throw PrimitiveFailure("'\(quoted)' is not a floating-point number")
                    }
                    return .value(vm.memory.makeFloat(value))
                }
            }
        ),
    ]

    /// The functions of one float answering a float (`sqrt`, `sin`, …).
    static let functions: [(name: String, function: PrimitiveFunction)] = [
        ("FloatSqrt", unary("_FloatSqrt") { $0.squareRoot() }),
        ("FloatExp", unary("_FloatExp") { Glibc.exp($0) }),
        ("FloatLn", unary("_FloatLn") { Glibc.log($0) }),
        ("FloatSin", unary("_FloatSin") { Glibc.sin($0) }),
        ("FloatCos", unary("_FloatCos") { Glibc.cos($0) }),
        ("FloatTan", unary("_FloatTan") { Glibc.tan($0) }),
        ("FloatArcSin", unary("_FloatArcSin") { Glibc.asin($0) }),
        ("FloatArcCos", unary("_FloatArcCos") { Glibc.acos($0) }),
        ("FloatArcTan", unary("_FloatArcTan") { Glibc.atan($0) }),
        ("FloatAbs", unary("_FloatAbs") { $0.magnitude }),
        ("FloatNegated", unary("_FloatNegated") { -$0 }),
    ]

    /// A float receiver and a number argument, answering a new float.
    static func binary(_ name: String, _ operation: @escaping @Sendable (Double, Double) -> Double)
        -> PrimitiveFunction
    {
        { vm, base, _ in
            primitive { () throws(PrimitiveFailure) in
                let receiver = try vm.float(vm.receiver(base), -1, name).get()
                let argument = try vm.number(vm.argument(base, 0), 0, name).get()
                return .value(vm.memory.makeFloat(operation(receiver, argument.double)))
            }
        }
    }

    /// A float receiver and a number argument, compared exactly; false with NaN.
    static func compare(_ name: String, _ test: @escaping @Sendable (Int) -> Bool) -> PrimitiveFunction {
        { vm, base, _ in
            primitive { () throws(PrimitiveFailure) in
                let receiver = try vm.float(vm.receiver(base), -1, name).get()
                let argument = try vm.number(vm.argument(base, 0), 0, name).get()
                let order = NumberOrder.compare(.float(receiver), argument)
                return .value(vm.memory.boolean(order.map(test) ?? false))
            }
        }
    }

    /// `_FloatEq:` (`equal`) or `_FloatNE:`: whether a float is equal to any value (a
    /// non-number is unequal, NaN is unequal to everything).
    static func equality(_ name: String, equal: Bool) -> PrimitiveFunction {
        { vm, base, _ in
            primitive { () throws(PrimitiveFailure) in
                let receiver = try vm.float(vm.receiver(base), -1, name).get()
                guard let other = vm.number(vm.argument(base, 0)) else { return .value(vm.memory.boolean(!equal)) }
                return .value(vm.memory.boolean((NumberOrder.compare(.float(receiver), other) == 0) == equal))
            }
        }
    }

    /// A float receiver answering a new float.
    static func unary(_ name: String, _ operation: @escaping @Sendable (Double) -> Double) -> PrimitiveFunction {
        { vm, base, _ in
            primitive { () throws(PrimitiveFailure) in
                let receiver = try vm.float(vm.receiver(base), -1, name).get()
                return .value(vm.memory.makeFloat(operation(receiver)))
            }
        }
    }

    /// A float rounded to an integer by `rule`; NaN and the infinities have none.
    static func integral(_ name: String, _ rule: FloatingPointRoundingRule) -> PrimitiveFunction {
        { vm, base, _ in
            primitive { () throws(PrimitiveFailure) in
                let receiver = try vm.float(vm.receiver(base), -1, name).get()
                guard receiver.isFinite else {
                    throw PrimitiveFailure("\(FloatText.shortest(receiver)) has no integer value (\(name))")
                }
                let whole = receiver.rounded(rule)
                if whole >= Double(Value.minimumInteger) && whole < -Double(Value.minimumInteger) {
                    return .value(Value(integer: Int64(whole)))
                }
                return .value(vm.memory.makeInteger(BigInteger(whole)))
            }
        }
    }
}
