/// Mutations of corpus files, for the `parse` and `mutate` families.
///
/// A mutant is a corpus file with a few edits, each one of: a byte flipped, inserted
/// or deleted; a range deleted, duplicated or repeated many times (deep nesting); a
/// token of Self inserted (brackets, `^`, keywords, primitives, huge literals); a
/// slice of another file spliced in. Inputs to be run get fewer edits, so that most
/// still parse and get far into the VM; inputs only parsed get more, and sometimes
/// are random bytes or a file cut short.
public struct Mutator: Sendable {
    public let corpus: Corpus

    /// The largest mutant, in bytes.
    public static let maximumBytes = 1 << 18

    public init(corpus: Corpus) {
        self.corpus = corpus
    }

    /// Text that is likely to mean something to the lexer, parser or compiler.
    static let tokens: [String] = [
        "(", ")", "[", "]", "(|", "|)", "[|", "|", "||", ".", "^", ":", ":x", "<-", "=", "*", "**", ";",
        "'", "\"", "\\", "\\'", "'\\x41'", "'\\u{1F600}'", "\n", " ", "\t", "self", "resend.", "super", "_",
        "ifTrue:", "ifFalse:", "ifTrue: [ 1 ] False: [ 2 ]", "whileTrue: [ ]", "whileTrue", "to: 10 Do: [| :i | i ]",
        "value", "value:", "_Restart", "_Error: 'x'", "_Clone", "_AddSlots: (| z = 1 |)", "_Nil", "_Inspect",
        "_RunScript", "_Exit: 0", "_EvaluateStringIfFail: [ 1 ]", "_IntAdd:", "+", "-", "<", "<=", "==",
        "9223372036854775807", "9223372036854775808", "4611686018427387904", "-1", "0", "1e308", "1.5",
        "0.0", "16r7FFFFFFFFFFFFFFF", "36rZZZZ", "99999999999999999999999999999999", "1.0e-400",
        "parent* = traits clonable.", "p* <- nil.", "x <- 0.", "m: a = ( a ).", "m = ( ^ self ).",
        "[ ^ 1 ] value", "[| :a :b | a ]", "(| a. b. c |)", "#", "$", "`", "\u{0}", "\u{FF}", "é", "\u{2028}",
    ]

    /// The bytes of input made by `random`: a mutant of a corpus file.
    public func mutant(_ random: inout FuzzRandom, forRunning: Bool) -> [UInt8] {
        if !forRunning && random.chance(1, in: 50) { return randomBytes(&random) }
        guard !corpus.isEmpty else { return randomBytes(&random) }
        var bytes = random.pick(corpus.files).bytes
        let edits = forRunning ? 1 + random.small(limit: 2) : 1 + random.small(limit: 7)
        for _ in 0..<edits {
            edit(&bytes, &random)
            if bytes.count > Mutator.maximumBytes { bytes.removeLast(bytes.count - Mutator.maximumBytes) }
        }
        return bytes
    }

    func randomBytes(_ random: inout FuzzRandom) -> [UInt8] {
        let count = random.chance(1, in: 10) ? random.below(20_000) : random.below(200)
        let printable = random.chance(1, in: 2)
        return (0..<count).map { _ in
            printable ? UInt8(32 + random.below(95)) : UInt8(truncatingIfNeeded: random.next())
        }
    }

    /// One edit at a random place.
    func edit(_ bytes: inout [UInt8], _ random: inout FuzzRandom) {
        let at = bytes.isEmpty ? 0 : random.below(bytes.count + 1)
        switch random.below(10) {
        case 0:
            if at < bytes.count { bytes[at] ^= UInt8(1 << random.below(8)) }
        case 1:
            bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: at)
        case 2:
            if at < bytes.count { bytes.remove(at: at) }
        case 3:
            let end = min(bytes.count, at + random.below(64))
            bytes.removeSubrange(at..<end)
        case 4:
            let end = min(bytes.count, at + 1 + random.below(64))
            if at < end { bytes.insert(contentsOf: bytes[at..<end], at: random.below(bytes.count + 1)) }
        case 5:
            // Deep nesting or a long run: one token many times.
            let token = Array(random.pick(["(", "[", "(|", "[ [", "'", "x: ", "(1 + ", "^ "]).utf8)
            let times = random.pick([10, 100, 1_000, 10_000, 100_000])
            var run: [UInt8] = []
            run.reserveCapacity(token.count * times)
            for _ in 0..<times { run.append(contentsOf: token) }
            bytes.insert(contentsOf: run, at: at)
        case 6:
            // A slice of another file.
            let other = random.pick(corpus.files).bytes
            guard !other.isEmpty else { return }
            let start = random.below(other.count)
            let end = min(other.count, start + 1 + random.below(400))
            bytes.insert(contentsOf: other[start..<end], at: at)
        case 7:
            // A token swapped for another at a token boundary.
            let token = Array(random.pick(Mutator.tokens).utf8)
            var end = at
            while end < bytes.count && end - at < 12 && !isBoundary(bytes[end]) { end += 1 }
            bytes.replaceSubrange(at..<end, with: token)
        default:
            bytes.insert(contentsOf: Array(random.pick(Mutator.tokens).utf8), at: at)
        }
    }

    func isBoundary(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 10 || byte == 9 || byte == 46 || byte == 40 || byte == 41 || byte == 91 || byte == 93
    }
}
