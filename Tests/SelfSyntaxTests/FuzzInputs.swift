/// Generators of hostile parser inputs for `RobustnessTests`: random bytes, random
/// sequences of Self tokens ("token soup"), and valid snippets damaged by byte flips,
/// insertions, deletions, duplications and splices.
///
/// Every input is a pure function of the generator state, so a failing input can be
/// regenerated from its kind, seed and index.
enum FuzzInputs {
    /// The kinds of input.
    enum Kind: String, Sendable, CaseIterable {
        case randomBytes
        case tokenSoup
        case mutatedSnippets
    }

    /// Pieces of Self text, valid and invalid, that token soup is made of.
    static let alphabet: [String] = [
        "a", "foo", "self", "x1_y", "_Prim", "_IntAdd:", "_", "Foo", "at:", "ifTrue:", "Put:", "With:", ":", "x:",
        "(", ")", "[", "]", "{", "}", "|", "||", "^", "^^", ".", ";", "<-", "<", "-", "+", "*", "=", "==", "!", "@",
        "#", "#!", "$", "%", "&", ",", "/", "\\", ">", "?", "`", "~", "0", "1", "42", "0x1F", "0o7", "0b1", "0x",
        "00x1F", "0123", "0o8", "0b2", "1.5", "1.", "00.5", "1_0", "1_0.5", "4611686018427387903",
        "4611686018427387904", "1.1234567890", "'s'", "''", "'a\\nb'", "'\\x41'", "'\\q'", "'", "'\\", "\"c\"", "\"",
        " ", " ", " ", "\n", "\t", "\r", "é", "\u{0}", "\u{7F}", "(|", "|)", "[|", "p*", ":a", "= (", "<- (",
    ]

    /// Valid snippets that the mutations start from, covering every construct.
    static let snippets: [String] = [
        "(| parent* = traits clonable. x <- 0. y <- 0. + p = (clone x: x + p x; y: y + p y) |)",
        "(| at: i Put: v = (| old | old: at: i. _ByteAt: i Put: v. old) |)",
        "[| :a. :b. t <- 0 | t: a + b. t > 10 ifTrue: [ ^ t ]. t]",
        "list add: 3; add: 4; size printLine",
        "a - b - c. 2 ** 3 ** 2. x at: i put: v. x at: i Put: v",
        "(| size = (items size). three = 3. n = (a max: b) + 1. o = (| x = 1 |) clone. e = () |)",
        "foo: -1. (+ 1). self foo: x. x self. self",
        "#!/usr/bin/env self\n| ignored | 'hello' printLine.\n\"comment\" 0x1F + 0o17 + 0b101 + 1_000",
        "'\\n\\r\\t\\\\\\'\\x41' size. 3.14 printLine. 1succ. 3negate",
        "std traits singleton _AddSlots: (| isNil = (false). ifNil: b = (self) |)",
        "(| do: b = (| i <- 0 | [ i < size ] whileTrue: [ b value: (at: i). i: i succ ]. self) |)",
        "x < -1. a + + b. a || b. a ^^ b. [ ^^ 1 ]",
        "(| p* = lobby. m = (| h = (3) | h + 1). - n = (n negate) |) m printLine",
        "[| :x | x isNil ifTrue: [ ^ nil ] False: [ x ] ] value: 3",
        "\"unterminated comment swallows ( [ { everything",
    ]

    /// The input number `index` of a kind for a seed.
    static func input(_ kind: Kind, seed: UInt64, index: Int) -> [UInt8] {
        var random = SplitMix64(seed: seed &+ UInt64(index) &* 0x2545_F491_4F6C_DD1D)
        switch kind {
        case .randomBytes: return randomBytes(&random)
        case .tokenSoup: return tokenSoup(&random)
        case .mutatedSnippets: return mutatedSnippet(&random)
        }
    }

    /// Up to 64 bytes, half the time from the whole byte range, half the time from the
    /// bytes that occur in Self source.
    static func randomBytes(_ random: inout SplitMix64) -> [UInt8] {
        let sourceBytes = Array("abzAZ_09:()[]{}|^.;<-+*=!@#$%&,/\\>?`~'\"x \n\t\r".utf8)
        let wholeRange = random.oneIn(2)
        return (0..<random.below(65)).map { _ in
            wholeRange ? UInt8(truncatingIfNeeded: random.next()) : random.pick(sourceBytes)
        }
    }

    /// Up to 40 pieces of the alphabet, sometimes separated by spaces.
    static func tokenSoup(_ random: inout SplitMix64) -> [UInt8] {
        var text = ""
        let spaced = random.oneIn(2)
        for _ in 0..<random.below(41) {
            text += random.pick(alphabet)
            if spaced || random.oneIn(3) { text += " " }
        }
        return Array(text.utf8)
    }

    /// A snippet with one to four mutations applied.
    static func mutatedSnippet(_ random: inout SplitMix64) -> [UInt8] {
        var bytes = Array(random.pick(snippets).utf8)
        for _ in 0...random.below(4) {
            mutate(&bytes, &random)
        }
        return bytes
    }

    /// One mutation: flip, insert, delete, duplicate or splice.
    static func mutate(_ bytes: inout [UInt8], _ random: inout SplitMix64) {
        let position = random.below(bytes.count + 1)
        switch random.below(6) {
        case 0 where !bytes.isEmpty:
            bytes[random.below(bytes.count)] = UInt8(truncatingIfNeeded: random.next())
        case 1:
            bytes.insert(contentsOf: Array(random.pick(alphabet).utf8), at: position)
        case 2:
            bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: position)
        case 3 where !bytes.isEmpty:
            let end = min(bytes.count, position + 1 + random.below(8))
            bytes.removeSubrange(min(position, bytes.count - 1)..<end)
        case 4 where !bytes.isEmpty:
            let start = random.below(bytes.count)
            let end = min(bytes.count, start + 1 + random.below(16))
            bytes.insert(contentsOf: Array(bytes[start..<end]), at: position)
        default:
            let other = Array(random.pick(snippets).utf8)
            bytes = Array(bytes[..<position]) + Array(other[random.below(other.count + 1)...])
        }
    }
}
