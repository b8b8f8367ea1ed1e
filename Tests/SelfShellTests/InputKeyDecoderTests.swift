import Testing

@testable import SelfShell

/// `KeyDecoder`: what libedit receives for the bytes a terminal sends.
@Suite("decoding keys")
struct InputKeyDecoderTests {
    /// Feeds `bytes` to a decoder (a timeout when they run out) and collects the
    /// characters until the end, with the line end recorded after each CR.
    final class Feed {
        var bytes: [UInt8]
        var decoder = KeyDecoder()
        init(_ bytes: [UInt8]) { self.bytes = bytes }
        init(_ text: String) { self.bytes = Array(text.utf8) }

        func next() -> Int32 {
            decoder.next { _ in self.bytes.isEmpty ? .end : .byte(self.bytes.removeFirst()) }
        }

        /// Everything up to the end, as scalars.
        func all() -> [Int32] {
            var result: [Int32] = []
            while true {
                let character = next()
                if character == KeyDecoder.end { return result }
                result.append(character)
            }
        }
    }

    func scalars(_ text: String) -> [Int32] { text.unicodeScalars.map { Int32($0.value) } }

    @Test("ASCII and UTF-8 become Unicode scalars")
    func utf8() {
        #expect(Feed("a'café'€😀").all() == scalars("a'café'€😀"))
    }

    @Test("a byte that is not UTF-8 becomes U+FFFD; the byte that cuts a sequence is decoded afresh")
    func invalidUTF8() {
        let replacement = KeyDecoder.replacement
        #expect(Feed([0xFF, 0x61]).all() == [replacement, 0x61])
        #expect(Feed([0xE2, 0x82, 0x61]).all() == [replacement, 0x61])
        #expect(Feed([0xC3]).all() == [replacement])
        // Overlong forms and surrogates are refused at their second byte.
        #expect(Feed([0xC0, 0x80]).all() == [replacement, replacement])
        #expect(Feed([0xED, 0xA0, 0x80]).all() == [replacement, replacement, replacement])
        #expect(Feed([0xF4, 0x90, 0x80, 0x80]).all().first == replacement)
    }

    @Test("escape sequences other than the paste markers pass through unchanged")
    func escapes() {
        #expect(Feed("\u{1B}[A\u{1B}[2~\u{1B}b").all() == scalars("\u{1B}[A\u{1B}[2~\u{1B}b"))
        #expect(Feed("\u{1B}").all() == [0x1B])
        #expect(Feed("\u{1B}[20x").all() == scalars("\u{1B}[20x"))
    }

    @Test("the paste markers are removed; pasted line ends become CR and are marked as pasted")
    func paste() {
        let feed = Feed("\u{1B}[200~a\nb\r\nc\u{1B}[201~d\r")
        #expect(feed.next() == 0x61)
        #expect(feed.decoder.inPaste)
        #expect(feed.next() == 0x0D)
        #expect(feed.decoder.lastLineEnd == .pasted)
        feed.decoder.startLine()
        // CR LF is one line end.
        #expect(feed.next() == 0x62)
        #expect(feed.next() == 0x0D)
        feed.decoder.startLine()
        #expect(feed.next() == 0x63)
        #expect(feed.next() == 0x64)
        #expect(!feed.decoder.inPaste)
        #expect(feed.next() == 0x0D)
        #expect(feed.decoder.lastLineEnd == .typed)
    }

    @Test("a paste that ends with a line end is followed by a made-up CR, marked as the paste's end")
    func pasteEndingWithLineEnd() {
        let feed = Feed("\u{1B}[200~a\n\u{1B}[201~")
        #expect(feed.next() == 0x61)
        #expect(feed.next() == 0x0D)
        feed.decoder.startLine()
        #expect(feed.next() == 0x0D)
        #expect(feed.decoder.lastLineEnd == .pasteEnded)
        #expect(feed.next() == KeyDecoder.end)
    }

    @Test("control characters in a paste are quoted with Ctrl-V, so Tab does not complete")
    func pastedControls() {
        #expect(Feed("\u{1B}[200~a\tb\u{1B}[201~").all() == [0x61, KeyDecoder.quotedInsert, 0x09, 0x62])
        #expect(Feed("\u{1B}[200~\u{1B}x\u{1B}[201~").all() == [KeyDecoder.quotedInsert, 0x1B, 0x78])
    }

    @Test("a paste-end marker outside a paste is dropped")
    func strayPasteEnd() {
        #expect(Feed("a\u{1B}[201~b").all() == [0x61, 0x62])
    }

    @Test("typedSinceLineStart tells an empty line from one with something on it")
    func emptiness() {
        let feed = Feed("x")
        feed.decoder.startLine()
        #expect(!feed.decoder.typedSinceLineStart)
        _ = feed.next()
        #expect(feed.decoder.typedSinceLineStart)
        _ = feed.next()
        feed.decoder.startLine()
        #expect(!feed.decoder.typedSinceLineStart)
    }
}
