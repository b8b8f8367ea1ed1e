import SelfSyntax
import Testing

/// Integer literals: language.md §2.6.
@Suite struct IntegerLiteralTests {
    /// The value of a source text that must be exactly one integer literal.
    func value(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Int64? {
        let result = parse(text)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))", sourceLocation: sourceLocation)
        guard result.script.statements.count == 1,
            case .integer(let value) = result.script.statements[0].expression.kind
        else {
            Issue.record("not one integer literal: \(Sketch.script(result.script))", sourceLocation: sourceLocation)
            return nil
        }
        #expect(tokenKinds(text) == [.integer, .endOfFile], sourceLocation: sourceLocation)
        return value
    }

    @Test(
        arguments: [
            ("0", 0), ("7", 7), ("42", 42), ("1_000", 1000), ("1__0_", 10), ("9_", 9), ("1234567890", 1_234_567_890),
        ] as [(String, Int64)])
    func decimal(_ text: String, _ expected: Int64) {
        #expect(value(text) == expected)
    }

    @Test(arguments: ["00", "0_0", "0___", "000_000", "0_"])
    func zerosAndUnderscoresAreZero(_ text: String) {
        #expect(value(text) == 0)
    }

    @Test(
        arguments: [
            ("0x1F", 31), ("0X1f", 31), ("0xff_ff", 65535), ("0xABCdef", 0xABCDEF), ("0x_1_", 1), ("0x0", 0),
            ("0o17", 15), ("0O7_7", 63), ("0o0", 0), ("0o_7", 7),
            ("0b101", 5), ("0B1_0", 2), ("0b_1", 1), ("0b0", 0),
        ] as [(String, Int64)])
    func radixPrefixes(_ text: String, _ expected: Int64) {
        #expect(value(text) == expected)
    }

    @Test(arguments: ["0x", "0X", "0o", "0O", "0b", "0B", "0x_", "0b__"])
    func prefixWithoutDigitsIsZero(_ text: String) {
        #expect(value(text) == 0)
    }

    @Test(arguments: [("00x1F", 31), ("0_0x1F", 31), ("0_x1F", 31), ("000o17", 15), ("00b11", 3)] as [(String, Int64)])
    func radixLetterMayFollowARunOfZerosAndUnderscores(_ text: String, _ expected: Int64) {
        #expect(value(text) == expected)
    }

    @Test(arguments: ["0123", "01", "00_5", "0_1", "09"])
    func leadingZeroFollowedByADigitIsAnError(_ text: String) {
        expectError("⟨^⟩\(text)", "A leading zero must not be followed by a digit in '\(text)'")
        expectError("x foo: ⟨^⟩\(text) bar", "A leading zero must not be followed by a digit in '\(text)'")
    }

    @Test(arguments: ["0o8", "0o78", "0o19", "0o7_8", "0O__9"])
    func octalDigitOutOfRange(_ text: String) {
        expectError("3 + ⟨^⟩\(text)", "Digit out of range in octal literal '\(text)'")
    }

    @Test(arguments: 2...9)
    func binaryDigitOutOfRange(_ digit: Int) {
        expectError("⟨^⟩0b1\(digit)", "Digit out of range in binary literal '0b1\(digit)'")
        expectError("⟨^⟩0b\(digit)", "Digit out of range in binary literal '0b\(digit)'")
        expectError("⟨^⟩0b1_\(digit)", "Digit out of range in binary literal '0b1_\(digit)'")
    }

    @Test func literalEndsAtTheFirstByteItCannotAccept() {
        #expect(sketch("1succ") == "(1 succ)")
        #expect(sketch("3negate") == "(3 negate)")
        #expect(sketch("12abc def") == "((12 abc) def)")
        #expect(sketch("0x1Fg") == "(31 g)")
        #expect(sketch("0o7a") == "(7 a)")
        #expect(sketch("0b1x") == "(1 x)")
        #expect(sketch("1_succ") == "(1 succ)")
        #expect(sketch("0succ") == "(0 succ)")
        #expect(sketch("3at: 4") == "(3 at: 4)")
        #expect(sketch("1+2") == "(1 + 2)")
    }

    @Test func hexDigitsAreNotDecimal() {
        // Without the prefix, letters end a decimal literal.
        #expect(sketch("1f") == "(1 f)")
        #expect(sketch("0xfade") == "64222")
    }

    @Test func minusIsNeverPartOfALiteral() {
        #expect(sketch("-1") == "(- 1)")
        #expect(sketch("0 - 1") == "(0 - 1)")
        #expect(sketch("1 negate") == "(1 negate)")
    }

    // MARK: Range

    /// 2^62 − 1, the largest integer value (§11.1), written in every radix.
    static let largest = [
        "4611686018427387903", "0x3FFF_FFFF_FFFF_FFFF", "0o377777777777777777777",
        "0b" + String(repeating: "1", count: 62), "4_611_686_018_427_387_903", "00x3fff_ffff_ffff_ffff",
    ]

    @Test(arguments: largest)
    func largestValueIsAccepted(_ text: String) {
        #expect(value(text) == (1 << 62) - 1)
    }

    @Test func valuesOfTheZigSelfDefectRangeAreAccepted() {
        #expect(value("2305843009213693951") == (1 << 61) - 1)
        #expect(value("2305843009213693952") == 1 << 61)
        #expect(value("0x2000000000000000") == 1 << 61)
    }

    @Test(arguments: [
        "4611686018427387904", "0x4000000000000000", "0o400000000000000000000",
        "0b1" + String(repeating: "0", count: 62),
        "9223372036854775807", "18446744073709551615", "18446744073709551616", "99999999999999999999999999",
        "0xFFFFFFFFFFFFFFFFFFFF", "0x4000_0000_0000_0000",
    ])
    func twoToTheSixtyTwoOrMoreIsAnError(_ text: String) {
        expectError("⟨^⟩\(text)", "Value does not fit in 63-bit integer")
        expectError("x at: 1 Put: ⟨^⟩\(text)", "Value does not fit in 63-bit integer")
    }

    @Test func rangeErrorIsReportedBeforeLaterParseErrors() {
        let result = expectError("⟨^⟩4611686018427387904 + (1 ]", "Value does not fit in 63-bit integer")
        #expect(result.diagnostics.count == 2)
    }
}
