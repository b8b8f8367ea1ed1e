/// Programs for the `actors` family: one to three scenarios, each entering actor
/// mode (through the world's scheduler, `std scheduler startWith:`, or a genesis
/// written by hand with `_Genesis:`), then checking from the global actor what the
/// actors reported.
///
/// Actors report through a *log*: an object in the lobby holding a byte array,
/// which every actor may write with `_ByteAt:Put:` (the write-protection quirk of
/// actors.md §6.3) although the lobby is read-only in actor mode. After the
/// scheduler returns, the program compares the log with what the scenario must
/// have produced, and prints `fuzz-check failed: …` and raises an error if it
/// differs. Scenarios: ping-pong, rings, fan-in from up to 2,000 actors, spawn
/// trees, mailbox floods, messages whose arguments are blessed (deep lists,
/// cycles, arrays, strings, objects with methods, floats, proxies; blocks, which
/// must be refused), actors that fail in `main`, in a handler or in a spawn
/// method, die early or yield and sleep, hand-written geneses that end with
/// actors alive, genesis results blessed back, and misuse: writes to globally
/// reachable objects, nested `_Genesis:`, actor primitives outside actor mode,
/// `_EvaluateStringIfFail:` in actors.
public enum ActorProgramGenerator {
    /// One complete script.
    public static func program(_ random: inout FuzzRandom) -> String {
        var writer = ActorWriter(random: random)
        let text = writer.program()
        random = writer.random
        return text
    }
}

/// The state of writing one `actors` program.
struct ActorWriter {
    /// The program's random numbers.
    var random: FuzzRandom
    /// The suffix of every name this program adds to the lobby.
    let suffix: String
    /// Fresh-name counter.
    var counter = 0

    /// A writer drawing from `random`, with a fresh name suffix.
    init(random: FuzzRandom) {
        self.random = random
        suffix = SourceText.suffix(&self.random)
    }

    /// A name nobody else uses (for lobby slots: the lobby outlives the program).
    mutating func fresh(_ base: String) -> String {
        counter += 1
        return base + suffix + String(counter)
    }

    /// The whole script.
    mutating func program() -> String {
        var sections = ["\"fuzz actors \(suffix)\""]
        for _ in 0..<random.weighted([(5, 1), (3, 2), (1, 3)]) {
            let scenario = self.scenario()
            sections.append("\"\(scenario.template.prefix { $0 != "(" })\"\n" + scenario.code)
        }
        return sections.joined(separator: "\n") + "\n"
    }

    /// One scenario, by weight.
    mutating func scenario() -> Part {
        switch random.weighted([
            (6, 0), (6, 1), (6, 2), (5, 3), (5, 4), (8, 5), (7, 6), (5, 7), (4, 8), (4, 9), (5, 10), (3, 11),
            (3, 12),
        ]) {
        case 0: return pingPong()
        case 1: return ring()
        case 2: return fanIn()
        case 3: return spawnTree()
        case 4: return mailboxFlood()
        case 5: return blessedArguments()
        case 6: return failingActors()
        case 7: return handScheduledGenesis()
        case 8: return genesisResult()
        case 9: return globalWrites()
        case 10: return misuseOutsideActorMode()
        case 11: return misuseInActors()
        default: return busyActors()
        }
    }

    /// A new log in the lobby: 16 two-byte counters that every actor may write.
    /// Answers its name and the statement that makes it.
    mutating func log() -> (name: String, statement: String) {
        let name = fresh("fzLog")
        let statement = """
            lobby _AddSlots: (| \(name) = (| parent* = std traits clonable.
                "A constant (no parentheses: a parenthesised initializer is a method)."
                bytes = '' _ByteArrayCopySize: 32 FillingExtrasWith: '\\x00'.
                at: i Put: v = ( bytes _ByteAt: 2 * i Put: v % 256. bytes _ByteAt: (2 * i) + 1 Put: (v / 256) % 256. self ).
                at: i = ( (bytes _ByteAt: 2 * i) + ((bytes _ByteAt: (2 * i) + 1) * 256) ).
                bump: i = ( at: i Put: (at: i) + 1 ) |) |).
            """
        return (name, statement)
    }

    /// A statement that prints `fuzz-check failed: label` and raises it unless the
    /// two expressions are `=`.
    func check(_ actual: String, _ expected: String, _ label: String) -> String {
        let message = SourceText.quote("fuzz-check failed: " + label)
        return "((\(actual)) = (\(expected))) ifFalse: [ \(message) printLine. _Error: \(message) ]."
    }

    /// `std scheduler startWith:` of an actor object literal with these slots.
    func scheduled(_ slots: [String]) -> String {
        "std scheduler startWith: (| parent* = std traits actor.\n" + SourceText.indent(slots.joined(separator: ".\n"))
            + "\n|)."
    }

    /// A way for an actor to wait a turn in a loop whose condition a message
    /// changes: a yield, a wait for a message, or (rarely, as it costs wall time in
    /// every turn) a 1 ms sleep. (`sleep: 0` would not yield at all.)
    /// `turns` estimates how often the loop waits: a loop that waits many times
    /// never sleeps.
    mutating func pause(turns: Int = 1) -> String {
        random.weighted([(12, "yield"), (7, "waitForMessage"), (turns > 40 ? 0 : 1, "sleep: 1")])
    }
}
