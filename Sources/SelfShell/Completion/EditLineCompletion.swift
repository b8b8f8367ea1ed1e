@preconcurrency import CEditLine
import SelfRuntime

#if canImport(Glibc)
    @preconcurrency import Glibc
#endif

/// Tab completion through libedit: the C callbacks and the state they share (see
/// `EditLineCallbacks` for why it is global).
extension EditLineCallbacks {
    /// What Tab consults; nil turns completion off.
    nonisolated(unsafe) static var completer: SelectorCompleter?
    /// The matches of the completion in progress, handed out one per generator call.
    nonisolated(unsafe) static var matches: [String] = []
    /// The next match the generator hands out.
    nonisolated(unsafe) static var nextMatch = 0

    /// Characters that end a word for completion: whitespace, brackets, operator
    /// characters, quotes and the period. Not `:` (keywords) nor `_` (primitives).
    static let wordBreakCharacters = " \t\n\"'`()[]{}.;^|!@#$%&*,/\\<>=+-?~"

    /// Connects libedit's completion to `completer` (nil turns completion off).
    static func installCompletion(_ completer: SelectorCompleter?) {
        EditLineCallbacks.completer = completer
        rl_attempted_completion_function = { text, start, _ in EditLineCallbacks.attemptCompletion(text, start) }
        rl_completer_word_break_characters = strdup(EditLineCallbacks.wordBreakCharacters)
    }

    /// `rl_attempted_completion_function`: completes the word `text`, which starts at
    /// byte `start` of `rl_line_buffer`. Returns NULL when nothing matches; never
    /// falls back to file names.
    static func attemptCompletion(
        _ text: UnsafePointer<CChar>?, _ start: Int32
    ) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        rl_attempted_completion_over = 1
        guard let completer, let text, let buffer = rl_line_buffer else { return nil }
        let before = UnsafeRawBufferPointer(start: buffer, count: max(0, Int(start)))
        let found = completer.completions(
            of: String(cString: text), after: String(decoding: before, as: UTF8.self))
        guard !found.isEmpty else { return nil }
        matches = found
        nextMatch = 0
        return rl_completion_matches(text) { _, _ in EditLineCallbacks.generateMatch() }
    }

    /// The `rl_compentry_func_t` generator: the matches one at a time, `strdup`ed
    /// because libedit frees them, then NULL.
    static func generateMatch() -> UnsafeMutablePointer<CChar>? {
        guard nextMatch < matches.count else { return nil }
        let match = matches[nextMatch]
        nextMatch += 1
        return strdup(match)
    }
}
