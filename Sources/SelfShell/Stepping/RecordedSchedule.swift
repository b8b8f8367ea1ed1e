import SelfRuntime

/// A recorded actor schedule, as `:schedule save` writes it and `:replay` reads it:
/// the actors resumed, in order, numbered within their session. Ids go on growing
/// from one actor-mode session to the next, so a schedule names actors by their
/// place instead: 1 is the genesis (never resumed), 2 the first actor it spawned,
/// and so on in spawning order, which a deterministic program repeats.
///
/// The file is text: lines starting with `#` are comments, the others hold numbers
/// separated by blanks.
enum RecordedSchedule {
    /// The file `:schedule save` writes for `numbers`.
    static func fileText(_ numbers: [Int]) -> String {
        "# A SwiftSelf actor schedule (:schedule save): the actors resumed, in order,\n"
            + "# numbered within their session (1 is the genesis, 2 the first actor it spawned).\n"
            + "# :replay FILE replays it.\n" + numbers.map(String.init).joined(separator: " ") + "\n"
    }

    /// The numbers `:replay`'s argument gives: nil for none (replay the last
    /// schedule), the numbers typed (`2 3 2`, `#` allowed), or those of a file.
    static func numbers(_ argument: String) -> Result<[Int]?, ScheduleError> {
        let words = argument.split { $0 == " " || $0 == "\t" }
        if words.isEmpty { return .success(nil) }
        if words.allSatisfy({ Int($0.drop { $0 == "#" }) != nil }) {
            let numbers = words.compactMap(number)
            guard numbers.count == words.count else {
                return .failure(ScheduleError("Actor numbers start at 2 (1 is the genesis, which is never resumed)."))
            }
            return .success(numbers)
        }
        let path = argument.trimmingBlanks()
        switch Platform.readFile(path) {
        case .failure(let error): return .failure(ScheduleError("Cannot read '\(path)': \(error)."))
        case .success(let bytes): return parse(String(decoding: bytes, as: UTF8.self), file: path).map { $0 }
        }
    }

    /// The numbers of a schedule file's text.
    static func parse(_ text: String, file: String) -> Result<[Int], ScheduleError> {
        var numbers: [Int] = []
        // `isNewline`: CR LF is one Character, which a split on "\n" would not see.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (index, line) in lines.enumerated() where !line.hasPrefix("#") {
            for word in line.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                guard let value = number(word) else {
                    return .failure(
                        ScheduleError(
                            "\(file):\(index + 1): '\(word)' is not an actor number of a schedule (2 or more)."))
                }
                numbers.append(value)
            }
        }
        return .success(numbers)
    }

    /// An actor number: an integer of 2 or more, perhaps written `#N`.
    private static func number(_ word: Substring) -> Int? {
        guard let value = Int(word.drop { $0 == "#" }), value >= 2 else { return nil }
        return value
    }
}

/// Why a schedule cannot be replayed: the message to show.
struct ScheduleError: Error, Equatable {
    let message: String
    init(_ message: String) { self.message = message }
}

/// A schedule being replayed in the running session: how far it has got, and how
/// often it overrode the scheduler's own choice.
struct Replay {
    let numbers: [Int]
    var position = 0
    var overrides = 0

    /// `3 of 5 resumes, 1 overriding the scheduler's choice`.
    var summary: String {
        "\(position) of \(numbers.count) resume\(numbers.count == 1 ? "" : "s"), "
            + "\(overrides) overriding the scheduler's choice"
    }
}
