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
