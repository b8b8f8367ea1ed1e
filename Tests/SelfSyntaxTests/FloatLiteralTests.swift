import SelfSyntax
import Testing

/// Floating-point literals: language.md §2.7.
@Suite struct FloatLiteralTests {
    @Test(arguments: [
        ("0.5", 0.5), ("00.5", 0.5), ("1.25", 1.25), ("12.0", 12.0), ("3.14159", 3.14159), ("0.0", 0.0),
        ("1.123456789", 1.123456789), ("0.000000001", 0.000000001), ("123456789012.5", 123456789012.5),
    ])
    func float(_ text: String, _ expected: Double) {
        #expect(tokenKinds(text) == [.float, .endOfFile])
        let result = parse(text)
        #expect(result.diagnostics.isEmpty)
        guard case .float(let value) = result.script.statements.first?.expression.kind else {
            Issue.record("not a float: \(Sketch.script(result.script))")
            return
        }
        #expect(value == expected)
    }

    @Test func periodNotFollowedByADigitEndsTheInteger() {
        #expect(sketch("3.") == "3")
        #expect(sketch("3. 4") == "3. 4")
        #expect(sketch("3.x") == "3. x")
        #expect(sketch("x foo: 3.\ny") == "(x foo: 3). y")
        #expect(tokens("3.") == ["integer 3", "period ."])
        #expect(tokens("3._5") == ["integer 3", "period .", "primitive _5"])
    }

    @Test func onlyDecimalIntegersStartFloats() {
        #expect(sketch("0x1.5") == "1. 5")
        #expect(sketch("0b1.1") == "1. 1")
    }

    @Test func thereIsNoExponentAndNoSign() {
        #expect(sketch("1.5e3") == "(1.5 e3)")
        #expect(sketch("-1.5") == "(- 1.5)")
        #expect(sketch("1.5.") == "1.5")
        #expect(sketch("1.5.5") == "1.5. 5")
    }

    @Test(arguments: ["1.1234567890", "0.0000000001", "3.14159265358979"])
    func moreThanNineFractionDigitsIsAnError(_ text: String) {
        expectError("⟨^⟩\(text)", "Floating point fraction too large")
        expectError("x at: ⟨^⟩\(text) Put: 1", "Floating point fraction too large")
    }

    @Test(arguments: ["1_000.5", "1.5_5", "1.5_", "0_0.5", "1_.5", "1.0__"])
    func underscoresAreRejectedAnywhere(_ text: String) {
        expectError("⟨^⟩\(text)", "Underscores are not allowed in floating-point literal '\(text)'")
    }

    @Test func underscoreAfterThePeriodIsNotPartOfTheLiteral() {
        // `.` followed by `_` is not a float: integer, period, primitive identifier.
        #expect(sketch("1._x") == "1. _x")
    }

    @Test func floatsTakeMessages() {
        #expect(sketch("1.5 printLine") == "(1.5 printLine)")
        #expect(sketch("0.0 parent") == "(0.0 parent)")
        #expect(sketch("1.5+2.5") == "(1.5 + 2.5)")
    }
}
