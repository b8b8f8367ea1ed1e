@preconcurrency import CEditLine
import SelfRuntime

#if canImport(Glibc)
    @preconcurrency import Glibc
#endif

/// Tab completion through libedit: the C callbacks and the state they share (see
/// `EditLineCallbacks` for why it is global).
///
/// libedit 3.1 (measured under a pseudo-terminal; ../shared/design/libedit.md):
///
/// * it splits words at `rl_basic_word_break_characters`, not at
///   `rl_completer_word_break_characters`; and `rl_completion_word_break_hook` is
///   called before `rl_line_buffer` is filled in. So words break at blanks only, and
///   the completer finds the real word inside libedit's (`(std` holds the word `std`);
///   what lies between the two is put back in front of the insertion;
/// * `rl_completion_display_matches_hook` is never called. But the list printed on a
///   second Tab is entries 1… of the array we return, as they are, while only entry 0
///   is inserted: so entry 0 is the candidates' common insertion and the others are
///   the annotated lines (`printLine  (std traits integer)`);
/// * a single entry is inserted followed by a space; nothing inserted is quoted;
/// * `start` and `end` count characters, `rl_line_buffer` is UTF-8 bytes.
extension EditLineCallbacks {
    /// What Tab consults; nil turns completion off.
    nonisolated(unsafe) static var completer: SelectorCompleter?

    /// Characters at which libedit ends a word: blanks only (see above).
    static let wordBreakCharacters = " \t\n"

    /// Connects libedit's completion to `completer` (nil turns completion off).
    static func installCompletion(_ completer: SelectorCompleter?) {
        EditLineCallbacks.completer = completer
        rl_attempted_completion_function = { text, start, end in
            EditLineCallbacks.attemptCompletion(text, start, end)
        }
        rl_basic_word_break_characters = UnsafePointer(strdup(EditLineCallbacks.wordBreakCharacters))
        rl_completer_word_break_characters = strdup(EditLineCallbacks.wordBreakCharacters)
    }

    /// `rl_attempted_completion_function`: completes libedit's word `text`, which
    /// spans characters `start..<end` of `rl_line_buffer` (the cursor is at `end`).
    /// Returns NULL when nothing matches; never falls back to file names.
    static func attemptCompletion(
        _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
    ) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        rl_attempted_completion_over = 1
        guard let completer, text != nil, let buffer = rl_line_buffer else { return nil }
        let line = UnsafeRawBufferPointer(start: buffer, count: strlen(buffer))
        let cursor = byteOffset(ofCharacter: Int(end), in: line)
        let wordStart = byteOffset(ofCharacter: Int(start), in: line)
        let before = String(decoding: line[..<cursor], as: UTF8.self)
        let entries = matchEntries(completer.complete(before: before), libeditWordStart: wordStart, in: line)
        return entries.isEmpty ? nil : cArray(entries)
    }

    /// The array libedit expects, as Swift strings: the insertion (with the part of
    /// libedit's word before ours put back), then, when there is more than one
    /// candidate, the lines of the list.
    static func matchEntries(
        _ result: CompletionResult, libeditWordStart: Int, in line: UnsafeRawBufferPointer
    ) -> [String] {
        guard !result.candidates.isEmpty, libeditWordStart <= result.wordStart, result.wordStart <= line.count else {
            return []
        }
        let kept = String(decoding: line[libeditWordStart..<result.wordStart], as: UTF8.self)
        if result.candidates.count == 1 { return [kept + result.candidates[0].insertion] }
        return [kept + result.commonInsertion] + result.candidates.map(\.display)
    }

    /// The byte offset of character `index` in UTF-8 text (bytes that do not start a
    /// character are skipped), clamped to the text.
    static func byteOffset(ofCharacter index: Int, in line: UnsafeRawBufferPointer) -> Int {
        var characters = 0
        for offset in 0..<line.count where line[offset] & 0xC0 != 0x80 {
            if characters == index { return offset }
            characters += 1
        }
        return line.count
    }

    /// A NULL-terminated `malloc`ed array of `strdup`ed strings, which libedit frees.
    ///
    /// The array has at least three slots, zeroed: libedit decides that a match is
    /// unique (and appends a space) by reading `matches[2]` even when the array is
    /// `[match, NULL]`, so a two-slot array made it read past its end, and a unique
    /// match got no space whenever that memory was not zero (every line after the
    /// first completed one, measured).
    static func cArray(_ entries: [String]) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        let slots = max(entries.count + 1, 3)
        guard let raw = calloc(slots, MemoryLayout<UnsafeMutablePointer<CChar>?>.stride) else { return nil }
        let array = raw.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: slots)
        for (index, entry) in entries.enumerated() { array[index] = strdup(entry) }
        return array
    }
}
