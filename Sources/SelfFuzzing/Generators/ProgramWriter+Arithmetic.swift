/// Integer arithmetic at the edges (language.md §11.1): overflow, division and
/// modulo by zero and −2^62 ÷ −1, shifts by 0…63 and out of range, bitwise
/// operations, powers, `bitLength`, conversions to and from strings. Every result is
/// computed here by `IntegerModel` and checked; an expected error is checked as the
/// failure block of `_EvaluateStringIfFail:` running.
extension ProgramWriter {
    /// One arithmetic scenario: a few checked operations.
    mutating func arithmeticPart() -> Part {
        var lines: [String] = []
        for _ in 0..<random.int(in: 1...5) {
            lines.append(random.chance(1, in: 5) ? conversionCheck() : operationCheck())
        }
        return Part(code: lines.joined(separator: "\n"))
    }

    /// An operand: an edge value, a neighbour of one, or a random value.
    mutating func operand() -> Int {
        switch random.below(4) {
        case 0, 1: return random.pick(SourceText.edgeIntegers)
        case 2:
            let edge = random.pick(SourceText.edgeIntegers)
            let near = edge &+ random.int(in: -3...3)
            return IntegerModel.fits(near) ? near : edge
        default:
            return random.int(in: -1_000...1_000)
        }
    }

    /// One binary or unary operation, written through a world message, its
    /// primitive, a block, or inside a loop, and its checked result.
    mutating func operationCheck() -> String {
        let operation = random.pick(IntegerModel.Operation.allCases)
        let a = operand()
        var b =
            operation.isShift
            ? random.weighted([(8, random.int(in: 0...63)), (1, 64), (1, -1), (1, operand())])
            : operand()
        if operation == .power { b = random.weighted([(6, random.int(in: 0...70)), (1, -1)]) }
        let expected = IntegerModel.apply(operation, a, b)
        let left = SourceText.integer(a)
        let right = SourceText.integer(b)
        let expression: String
        switch random.below(4) {
        case 0 where operation.primitive != nil:
            expression = "\(left) \(operation.primitive!) \(right)"
        case 1:
            expression = "[| :x. :y | \(operation.written("x", "y")) ] value: \(left) With: \(right)"
        case 2:
            expression =
                "(| parent* = lobby. r. m = ( 0 to: 1 Do: [| :i | r: (\(operation.written(left, right))) ]. r ) |) m"
        default:
            expression = operation.written(left, right)
        }
        let label = "\(a) \(operation.rawValue) \(b)"
        guard let value = expected else {
            return check(
                SourceText.quote(expression) + " _EvaluateStringIfFail: [ 'error' ]", "'error'",
                label + " fails")
        }
        if random.chance(1, in: 2) { return check(expression, value, label) }
        return check(SourceText.quote(expression) + " _EvaluateStringIfFail: [ 'error' ]", value, label)
    }

    /// `asString`, `asHexString`, `asStringBase:` and `asInteger`, checked.
    mutating func conversionCheck() -> String {
        let n = operand()
        switch random.below(4) {
        case 0:
            let expected = n == SourceText.minimumInteger ? nil : SourceText.quote(String(n))
            return conversion("\(SourceText.integer(n)) asString", expected, "\(n) asString")
        case 1:
            let expected = n == SourceText.minimumInteger ? nil : SourceText.quote(String(n, radix: 16))
            return conversion("\(SourceText.integer(n)) asHexString", expected, "\(n) asHexString")
        case 2:
            let base = random.weighted([(6, random.int(in: 2...36)), (1, random.int(in: -1...1)), (1, 37)])
            let valid = (2...36).contains(base) && n != SourceText.minimumInteger
            let expected = valid ? SourceText.quote(String(n, radix: base)) : nil
            return conversion(
                "\(SourceText.integer(n)) asStringBase: \(SourceText.integer(base))", expected,
                "\(n) asStringBase: \(base)")
        default:
            let digits = random.weighted([
                (3, String(abs(n % 1_000_000_000))), (2, String(SourceText.maximumInteger)),
                (2, "4611686018427387904"), (1, "000" + String(random.int(in: 0...999))), (1, ""),
                (1, "1 2"), (1, "-5"), (1, String(repeating: "9", count: random.int(in: 19...40))),
            ])
            let value = IntegerModel.parse(digits)
            return conversion(
                "\(SourceText.quote(digits)) asInteger", value.map(String.init),
                "'\(digits)' asInteger")
        }
    }

    /// A check of `expression` against `expected`, or that it fails when nil.
    func conversion(_ expression: String, _ expected: String?, _ label: String) -> String {
        check(SourceText.quote(expression) + " _EvaluateStringIfFail: [ 'error' ]", expected ?? "'error'", label)
    }
}

/// The VM's integer semantics (language.md §11.1, world-api.md §7), computed on
/// Swift integers: the expected result of an operation, or nil for a runtime error.
enum IntegerModel {
    /// The operations checked, by their world selector.
    enum Operation: String, CaseIterable {
        case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%"
        case shiftLeft = "<<", shiftRight = ">>"
        case and = "bitAnd:", or = "bitOr:", xor = "bitXor:"
        case less = "<", greater = ">", equal = "=", lessEqual = "<=", greaterEqual = ">=", notEqual = "!="
        case maximum = "max:", minimum = "min:", power = "**"
        case negate = "negate", absolute = "abs", bitLength = "bitLength", successor = "succ", predecessor = "prec"

        /// Whether the second operand is a shift amount.
        var isShift: Bool { self == .shiftLeft || self == .shiftRight }

        /// Whether the operation takes no argument.
        var isUnary: Bool { [.negate, .absolute, .bitLength, .successor, .predecessor].contains(self) }

        /// The primitive with the same meaning, if there is one.
        var primitive: String? {
            switch self {
            case .add: return "_IntAdd:"
            case .subtract: return "_IntSub:"
            case .multiply: return "_IntMul:"
            case .divide: return "_IntDiv:"
            case .modulo: return "_IntMod:"
            case .shiftLeft: return "_IntShl:"
            case .shiftRight: return "_IntShr:"
            case .and: return "_IntAnd:"
            case .or: return "_IntOr:"
            case .xor: return "_IntXor:"
            case .less: return "_IntLT:"
            case .greater: return "_IntGT:"
            case .equal: return "_IntEq:"
            default: return nil
            }
        }

        /// The operation written with the world's selector.
        func written(_ left: String, _ right: String) -> String {
            if isUnary { return "\(left) \(rawValue)" }
            return "\(left) \(rawValue) \(right)"
        }
    }

    /// Whether a value is a 63-bit integer.
    static func fits(_ value: Int) -> Bool {
        value >= SourceText.minimumInteger && value <= SourceText.maximumInteger
    }

    /// A value, if it fits, as source text.
    static func integer(_ value: Int?) -> String? {
        guard let value, fits(value) else { return nil }
        return SourceText.integer(value)
    }

    /// The result of `a op b` as source text (an integer or a boolean), or nil if
    /// the VM must raise an error.
    static func apply(_ operation: Operation, _ a: Int, _ b: Int) -> String? {
        switch operation {
        case .add: return integer(checked(a.addingReportingOverflow(b)))
        case .subtract: return integer(checked(a.subtractingReportingOverflow(b)))
        case .multiply: return integer(checked(a.multipliedReportingOverflow(by: b)))
        case .divide: return b == 0 ? nil : integer(floorDivide(a, b))
        case .modulo: return b == 0 ? nil : integer(floorModulo(a, b))
        case .shiftLeft:
            guard (0...63).contains(b) else { return nil }
            // Bits past 63 are discarded: keep the low 63 bits, sign-extended.
            return integer(((a &<< b) << 1) >> 1)
        case .shiftRight:
            guard (0...63).contains(b) else { return nil }
            return integer(a >> b)
        case .and: return integer(a & b)
        case .or: return integer(a | b)
        case .xor: return integer(a ^ b)
        case .less: return String(a < b)
        case .greater: return String(a > b)
        case .equal: return String(a == b)
        case .lessEqual: return String(a <= b)
        case .greaterEqual: return String(a >= b)
        case .notEqual: return String(a != b)
        case .maximum: return integer(max(a, b))
        case .minimum: return integer(min(a, b))
        case .power: return power(a, b)
        case .negate: return integer(checked(0.subtractingReportingOverflow(a)))
        case .absolute: return a < 0 ? integer(checked(0.subtractingReportingOverflow(a))) : integer(a)
        case .bitLength: return bitLength(a)
        case .successor: return integer(checked(a.addingReportingOverflow(1)))
        case .predecessor: return integer(checked(a.subtractingReportingOverflow(1)))
        }
    }

    /// The value of a Swift overflow-reporting operation, nil on overflow.
    static func checked(_ result: (partialValue: Int, overflow: Bool)) -> Int? {
        result.overflow ? nil : result.partialValue
    }

    /// Division rounded towards negative infinity.
    static func floorDivide(_ a: Int, _ b: Int) -> Int {
        let quotient = a / b
        return (a % b != 0) && ((a < 0) != (b < 0)) ? quotient - 1 : quotient
    }

    /// The remainder with the sign of the divisor.
    static func floorModulo(_ a: Int, _ b: Int) -> Int {
        let remainder = a % b
        return remainder != 0 && ((remainder < 0) != (b < 0)) ? remainder + b : remainder
    }

    /// The world's `**`: repeated multiplication, failing on overflow or a
    /// negative exponent.
    static func power(_ base: Int, _ exponent: Int) -> String? {
        guard exponent >= 0 else { return nil }
        var result = 1
        for _ in 0..<exponent {
            guard let next = checked(result.multipliedReportingOverflow(by: base)), fits(next) else { return nil }
            result = next
        }
        return SourceText.integer(result)
    }

    /// The world's `bitLength`: the probe doubles while it is at most the value,
    /// so 2^61 and above overflow, and negative values give 0.
    static func bitLength(_ value: Int) -> String? {
        var count = 0
        var probe = 1
        while probe <= value {
            count += 1
            guard fits(probe * 2) else { return nil }
            probe *= 2
        }
        return String(count)
    }

    /// The world's `asInteger` of a string of digits: nil when it is empty, holds
    /// a non-digit, or overflows.
    static func parse(_ digits: String) -> Int? {
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits.utf8 {
            guard (48...57).contains(byte) else { return nil }
            guard let times = checked(value.multipliedReportingOverflow(by: 10)), fits(times),
                let next = checked(times.addingReportingOverflow(Int(byte) - 48)), fits(next)
            else { return nil }
            value = next
        }
        return value
    }
}
