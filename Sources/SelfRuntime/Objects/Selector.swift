/// Interned selectors. A selector is known to the VM by a small integer id; maps store
/// ids, and ids compare in one instruction where ZigSelf compared hashes (which could
/// collide; language.md §5 requires full-name comparison, and interning gives it).
public struct SelectorTable {
    /// Selector names by id.
    public private(set) var names: [String] = []
    /// Argument counts by id.
    public private(set) var argumentCounts: [Int] = []
    /// For `name:` (one keyword part), the id of `name`; −1 otherwise. An assignable
    /// slot `name` answers `name:` (language.md §4.2).
    public private(set) var assignmentTargets: [Int32] = []
    private var ids: [String: Int32] = [:]

    public init() {}

    /// The id of a selector, interning it on first use.
    public mutating func intern(_ name: String) -> Int32 {
        if let id = ids[name] { return id }
        let id = Int32(names.count)
        ids[name] = id
        names.append(name)
        argumentCounts.append(SelectorTable.argumentCount(of: name))
        assignmentTargets.append(-1)
        let bytes = Array(name.utf8)
        if bytes.count >= 2, bytes.last == UInt8(ascii: ":"), !bytes.dropLast().contains(UInt8(ascii: ":")),
            bytes[0] != UInt8(ascii: "_")
        {
            let target = intern(String(decoding: bytes.dropLast(), as: UTF8.self))
            assignmentTargets[Int(id)] = target
        }
        return id
    }

    /// The id of a selector already interned, or nil.
    public func lookup(_ name: String) -> Int32? { ids[name] }

    public func name(_ id: Int32) -> String { names[Int(id)] }

    /// Arguments a selector takes: 0 for unary, 1 for binary, one per keyword part.
    public static func argumentCount(of name: String) -> Int {
        guard let first = name.utf8.first else { return 0 }
        if Lexer_isOperatorStart(first) { return 1 }
        return name.utf8.reduce(0) { $1 == UInt8(ascii: ":") ? $0 + 1 : $0 }
    }

    /// The invocation selector of a block with `count` arguments (language.md §7.3):
    /// `value`, `value:`, `value:With:`, …
    public static func blockInvocation(arguments count: Int) -> String {
        count == 0 ? "value" : "value:" + String(repeating: "With:", count: count - 1)
    }
}

/// Whether a byte starts a binary selector (an operator character, or `|`/`^` of
/// `||` and `^^`).
func Lexer_isOperatorStart(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "!"), UInt8(ascii: "@"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"),
        UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: ","), UInt8(ascii: "/"), UInt8(ascii: "\\"),
        UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"),
        UInt8(ascii: "?"), UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "|"), UInt8(ascii: "^"):
        true
    default:
        false
    }
}
