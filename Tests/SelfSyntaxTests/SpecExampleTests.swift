import SelfSyntax
import Testing

/// Every piece of Self code quoted in language.md, with what the specification says
/// it means. Elided parts (`…`) are filled in with something small.
@Suite struct SpecExampleTests {
    /// What a specification example must parse to.
    enum Meaning: Sendable, CustomStringConvertible {
        /// Parses cleanly, with this sketch (see `Sketch`).
        case parses(String)
        /// Fails with this first message at the `⟨^⟩` marker of the source.
        case fails(String)

        var description: String {
            switch self {
            case .parses(let sketch): "parses as \(sketch)"
            case .fails(let message): "fails: \(message)"
            }
        }
    }

    static let examples: [(section: String, source: String, meaning: Meaning)] = [
        // §2.2 Identifiers
        ("2.2", "max_size", .parses("max_size")),
        ("2.2", "(| ⟨^⟩_foo: x = (x) |)", .fails("Expected non-primitive identifier")),
        ("2.2", "⟨^⟩Foo", .fails("Capitalised word 'Foo' is only valid as a keyword part such as 'Put:'")),
        ("2.2", "⟨^⟩_", .fails("A lone '_' is not an identifier")),
        ("2.2", "nil. true. false. std. resend", .parses("nil. true. false. std. resend")),
        // §2.3 Keywords
        ("2.3", "x at: 1 ifTrue: y", .parses("(x at: (1 ifTrue: y))")),
        ("2.3", "x _AddSlots: y", .parses("(x _AddSlots: y)")),
        ("2.3", "x at: 1 Put: 2 IfFail: 3", .parses("(x at: 1 Put: 2 IfFail: 3)")),
        ("2.3", "b value: 1 With: 2", .parses("(b value: 1 With: 2)")),
        ("2.3", "x at ⟨^⟩: 1", .fails("Expected 'end of file' after statement list, found ':'")),
        ("2.3", "a copySize: 3 FillingExtrasWith: 0", .parses("(a copySize: 3 FillingExtrasWith: 0)")),
        // §2.4 Operators
        ("2.4", "a + + b", .parses("(a ++ b)")),
        ("2.4", "a == b. a <= b. a != b. a -> b. a ** b", .parses("(a == b). (a <= b). (a != b). (a -> b). (a ** b)")),
        ("2.4", "x < -1", .parses("(x <- 1)")),
        ("2.4", "(||⟨^⟩)", .fails("Expected primary expression")),
        ("2.4", "(| |)", .parses("()")),
        ("2.4", "a ^^ b", .parses("(a ^^ b)")),
        ("2.4", "-1", .parses("(- 1)")),
        ("2.4", "1 negate", .parses("(1 negate)")),
        ("2.4", "0 - 1", .parses("(0 - 1)")),
        // §2.6 Integers
        ("2.6", "⟨^⟩0123", .fails("A leading zero must not be followed by a digit in '0123'")),
        ("2.6", "00. 0_0", .parses("0. 0")),
        ("2.6", "00x1F", .parses("31")),
        ("2.6", "0x", .parses("0")),
        ("2.6", "1succ", .parses("(1 succ)")),
        ("2.6", "3negate", .parses("(3 negate)")),
        ("2.6", "⟨^⟩4611686018427387904", .fails("Value does not fit in 63-bit integer")),
        // §2.7 Floats
        ("2.7", "3.", .parses("3")),
        ("2.7", "0.5. 00.5", .parses("0.5. 0.5")),
        ("2.7", "⟨^⟩1_000.5", .fails("Underscores are not allowed in floating-point literal '1_000.5'")),
        ("2.7", "⟨^⟩1.5_5", .fails("Underscores are not allowed in floating-point literal '1.5_5'")),
        ("2.7", "⟨^⟩1.1234567890", .fails("Floating point fraction too large")),
        // §2.8 Strings
        ("2.8", "'\\n\\r\\t\\\\\\'\\x41'", .parses("'\\n\\r\\t\\\\\\'A'")),
        ("2.8", "⟨^⟩'\\\"'", .fails("Invalid escape sequence in string literal")),
        ("2.8", "⟨^⟩'\\0'", .fails("Invalid escape sequence in string literal")),
        ("2.8", "⟨^⟩'\\u0041'", .fails("Invalid escape sequence in string literal")),
        ("2.8", "⟨^⟩'\\X41'", .fails("Invalid escape sequence in string literal")),
        ("2.8", "⟨^⟩'a\nb'", .fails("Unexpected newline in string literal")),
        ("2.8", "⟨^⟩'abc", .fails("Unterminated string literal")),
        // §3 Grammar notes
        ("3", "(| a = 1 | ⟨^⟩a)", .fails("Expected ')' after slots object, found 'identifier'")),
        ("3", "(). []", .parses("(). []")),
        ("3", "", .parses("")),
        ("3", "(| foo: x = ⟨^⟩x |)", .fails("Method body expected, found 'identifier'")),
        // §3.1 Parse errors
        ("3.1", "1 + 2 ⟨^⟩* 3", .fails("Different binary messages cannot be chained")),
        ("3.1", "⟨^⟩{", .fails("Expected primary expression")),
        // §4.2 Slot kinds
        (
            "4.2",
            "(| name. name2 <- 1. name3 = 2. name4 = (3 print). kw1: a Kw2: b = (a). + a = (a). p* = 4. q* <- 5 |)",
            .parses(
                "(| name. name2 <- 1. name3 = 2. name4 = method((3 print)). kw1:Kw2: = method(| :a. :b | a). + = method(| :a | a). p* = 4. q* <- 5 |)"
            )
        ),
        ("4.2", "[| :name | name]", .parses("[| :name | name]")),
        ("4.2", "(| p* <- x |)", .parses("(| p* <- x |)")),
        ("4.2", "(| inc: a = (a: a + 1) |)", .parses("(| inc: = method(| :a | (a: (a + 1))) |)")),
        // §4.3 Methods, objects and expressions
        ("4.3", "(| at: i Put: v = (v) |)", .parses("(| at:Put: = method(| :i. :v | v) |)")),
        ("4.3", "(| + n = () |)", .parses("(| + = method(| :n | ) |)")),
        ("4.3", "(| name = (a max: b) + 1 |)", .parses("(| name = ((a max: b) + 1) |)")),
        ("4.3", "(| name = (| x = 1 |) clone |)", .parses("(| name = ((| x = 1 |) clone) |)")),
        ("4.3", "(| name = () |)", .parses("(| name = () |)")),
        ("4.3", "(| name = (| a |) |)", .parses("(| name = (| a |) |)")),
        ("4.3", "(| size = (items size) |)", .parses("(| size = method((items size)) |)")),
        ("4.3", "(| three = (3) |)", .parses("(| three = method(3) |)")),
        ("4.3", "(| s = ('abc') |)", .parses("(| s = method('abc') |)")),
        ("4.3", "(| three = 3 |)", .parses("(| three = 3 |)")),
        // §4.4 Object literals
        ("4.4", "(| a. b |)", .parses("(| a. b |)")),
        ("4.4", "(| parent* = self |)", .parses("(| parent* = self |)")),
        // §6.1 Precedence
        ("6.1", "a b c", .parses("((a b) c)")),
        // §6.3 Binary messages
        ("6.3", "a - b - c", .parses("(a - (b - c))")),
        ("6.3", "2 ** 3 ** 2", .parses("(2 ** (3 ** 2))")),
        ("6.3", "10 - 3 - 2", .parses("(10 - (3 - 2))")),
        ("6.3", "n = 0 ifTrue: [ 1 ]", .parses("((n = 0) ifTrue: [1])")),
        ("6.3", "a + b foo", .parses("(a + (b foo))")),
        // §6.4 Keyword messages
        ("6.4", "x at: i put: v", .parses("(x at: (i put: v))")),
        ("6.4", "x at: i Put: v", .parses("(x at: i Put: v)")),
        ("6.4", "a foo: b bar: c", .parses("(a foo: (b bar: c))")),
        // §6.5 Implicit receivers
        ("6.5", "size", .parses("size")),
        ("6.5", "at: 1 Put: 2", .parses("(at: 1 Put: 2)")),
        ("6.5", "(| succ = (+ 1) |)", .parses("(| succ = method((+ 1)) |)")),
        ("6.5", "foo: -1", .parses("(foo: (- 1))")),
        // §6.6 The ; operator
        ("6.6", "list add: 3; add: 4; size", .parses("(((list add: 3) add: 4) size)")),
        ("6.6", "'a', 'b'; printLine", .parses("(('a' , 'b') printLine)")),
        ("6.6", "1 = 2; assert", .parses("((1 = 2) assert)")),
        ("6.6", "table at: k IfAbsent: [ nil ]; value", .parses("((table at: k IfAbsent: [nil]) value)")),
        // §6.7 self elision
        ("6.7", "self foo", .parses("foo")),
        ("6.7", "self foo: x", .parses("(foo: x)")),
        ("6.7", "x self", .parses("x")),
        ("6.7", "self", .parses("self")),
        // §7 Evaluation
        ("7.1", "(p x: 3) y: 4", .parses("((p x: 3) y: 4)")),
        ("7.2", "(| m = (| v <- list copy | v) |)", .parses("(| m = method(| v <- (list copy) | v) |)")),
        (
            "7.2", "(| m = (| s <- 'abc' | s at: 0 Put: 65. s ) |)",
            .parses("(| m = method(| s <- 'abc' | (s at: 0 Put: 65). s) |)")
        ),
        ("7.5", "(| k = 5. m = (k: 3) |)", .parses("(| k = 5. m = method((k: 3)) |)")),
        ("7.8", "(| loop = (value. _Restart) |)", .parses("(| loop = method(value. _Restart) |)")),
        // §8 Primitives
        (
            "8.1", "3 _IntAdd: 4. x _Clone. s _ByteAt: 0 Put: 65",
            .parses("(3 _IntAdd: 4). (x _Clone). (s _ByteAt: 0 Put: 65)")
        ),
        // §9 Scripts
        ("9.1", "| x | x", .parses("| x | x")),
        ("9.2", "'objects/everything.self' _RunScript", .parses("('objects/everything.self' _RunScript)")),
        // §10.1 The lobby
        (
            "10.1", "0 parent. '' parent. 0.0 parent. [] parent",
            .parses("(0 parent). ('' parent). (0.0 parent). ([] parent)")
        ),
        ("10.1", "0 _IntLT: 1. _Nil", .parses("(0 _IntLT: 1). _Nil")),
        // §11 Values
        ("11.1", "1 << 62", .parses("(1 << 62)")),
        ("11.2", "1.5 printLine", .parses("(1.5 printLine)")),
        ("11.7", "target _AddSlots: source", .parses("(target _AddSlots: source)")),
    ]

    @Test(arguments: examples)
    func example(_ section: String, _ source: String, _ meaning: Meaning) {
        switch meaning {
        case .parses(let expected):
            #expect(sketch(source) == expected, "§\(section)")
        case .fails(let message):
            expectError(source, message)
        }
    }
}
