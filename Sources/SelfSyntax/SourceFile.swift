/// A source text being compiled: its name as given to the user and its bytes.
///
/// Source files are byte sequences (language.md §0): no encoding is assumed.
/// Lines end at LF only; CR is ordinary whitespace. Lines and columns are 1-based,
/// and a column counts bytes, so a tab is one column (language.md §1.1).
public final class SourceFile: Sendable {
    /// The path exactly as it was opened, or a pseudo-name such as `<a string>`.
    public let name: String
    /// The complete text.
    public let bytes: [UInt8]
    /// Byte offset of the first byte of every line; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
    }

    public convenience init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    /// The 1-based line and column of a byte offset (an offset at the end of the
    /// text is allowed and lies just after the last byte).
    public func location(of offset: Int) -> SourceLocation {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return SourceLocation(line: low + 1, column: offset - lineStarts[low] + 1)
    }

    /// The bytes of a 1-based line, without its LF.
    public func lineText(_ line: Int) -> ArraySlice<UInt8> {
        guard line >= 1 && line <= lineStarts.count else { return [] }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        return bytes[start..<end]
    }

    /// Line `line` as text to show in a report: valid UTF-8 as it is, and as `?`
    /// each byte that is not valid UTF-8 or belongs to a control or
    /// direction-changing character (`displayUnits`). ASCII and replaced bytes take
    /// one column each, so a caret placed by byte column (cli.md §4.1: column − 1
    /// spaces) stays under them; after a multi-byte character it stands as many
    /// columns to the right as the character has extra bytes, as the spec's rule
    /// implies.
    public func displayLine(_ line: Int) -> String {
        var text = ""
        for unit in displayUnits(line) { text += unit.shown }
        return text
    }

    /// The pieces a line is shown as, each standing for some bytes: a character of
    /// valid UTF-8 as itself, a tab as a tab, and a `?` for each byte that is not
    /// valid UTF-8 or belongs to a control or direction-changing character (which
    /// would move the cursor, recolour the terminal or reorder the line: a report
    /// must not rewrite the terminal it is printed on).
    public func displayUnits(_ line: Int) -> [(shown: String, bytes: Int)] {
        let bytes = Array(lineText(line))
        var units: [(shown: String, bytes: Int)] = []
        units.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length =
                lead < 0x80
                ? 1
                : lead >= 0xC2 && lead <= 0xDF
                    ? 2
                    : lead >= 0xE0 && lead <= 0xEF
                        ? 3
                        : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0
            if length > 0, index + length <= bytes.count,
                let decoded = String(validating: bytes[index..<(index + length)], as: UTF8.self),
                let scalar = decoded.unicodeScalars.first
            {
                let shown =
                    lead == 9 ? "\t" : SourceFile.isShowable(scalar) ? decoded : String(repeating: "?", count: length)
                units.append((shown, length))
                index += length
            } else {
                units.append(("?", 1))
                index += 1
            }
        }
        return units
    }

    /// Whether a character may be echoed to a terminal as it is: not a C0 or C1
    /// control, DEL, a line or paragraph separator, nor a bidirectional override or
    /// isolate.
    static func isShowable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: false
        default: true
        }
    }

    /// The bytes of a range.
    public func text(_ range: SourceRange) -> ArraySlice<UInt8> {
        bytes[range.start..<range.end]
    }
}

/// A 1-based line and byte column.
public struct SourceLocation: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based byte column within the line.
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}

/// A half-open range of byte offsets `start..<end` in one source file.
public struct SourceRange: Equatable, Hashable, Sendable {
    /// Offset of the first byte.
    public var start: Int
    /// Offset just past the last byte.
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(min(start, other.start), max(end, other.end))
    }
}
