import SelfRuntime

/// The REPL's stepping mode (docs/repl.md, "Stepping through actors"): with `:step`
/// on, an actor-mode session started through `std scheduler` stops before every
/// resume at a `step> ` prompt, where the actors and their mailboxes can be listed,
/// one resume or N taken, the session run until a condition holds, continued to its
/// end, or aborted. The scheduling stays the world's: the prompt is held inside the
/// `_SchedulerWillResume:` the loop sends (`VirtualMachine.stepObserver`).
///
/// Every resume of a stepped session is recorded (`schedule`), so that `:schedule`
/// can show the order actors ran in.
final class ActorStepper {
    /// A condition `until` waits for.
    enum Condition: Equatable {
        case dies(Int)
        case delivered(String)
        case mailbox(Int, Int)
    }

    private let vm: VirtualMachine
    private let editor: LineEditor
    private let printer: ResultPrinter
    private let write: (Int32, String) -> Void
    /// Resumes still to pass before the next stop.
    private var remaining = 0
    /// What the session runs until, if anything.
    private var condition: Condition?
    /// Set by `continue`: no more stops in this session.
    private var continuing = false
    /// The ids of the actors resumed in the last stepped session, in order.
    private(set) var schedule: [Int] = []
    /// The genesis of the session `schedule` belongs to (a new one starts afresh).
    private var sessionGenesis: Int?
    /// Set when text typed at the prompt was handed to the genesis to run: the next
    /// call is the same stop again, after its value was shown.
    private var evaluating = false
    /// Inputs run at the prompt, for their names (`<step N>`).
    private var evaluations = 0
    /// A schedule `:replay` armed for the next stepped session, as actor numbers
    /// within a session (the genesis is 1, the first actor it spawns 2, …).
    private var pendingReplay: [Int]?
    /// The schedule being replayed in the running session.
    private var replay: Replay?

    init(vm: VirtualMachine, editor: LineEditor, printer: ResultPrinter, write: @escaping (Int32, String) -> Void) {
        self.vm = vm
        self.editor = editor
        self.printer = printer
        self.write = write
        vm.stepObserver = { [unowned self] id in self.willResume(id) }
        vm.stepResultObserver = { [unowned self] value in
            self.write(1, "= " + (self.printer.text(for: value) ?? "nil") + "\n")
        }
    }

    /// `:step on` / `:step off`: sets `std scheduler stepping`. Answers the message.
    func arm(_ on: Bool) -> String {
        let saved = vm.suppressErrorReports
        vm.suppressErrorReports = true
        defer { vm.suppressErrorReports = saved }
        guard case .value = vm.evaluate("std scheduler stepping: \(on)", name: "<:step>") else {
            return "Stepping needs the world's std scheduler (and cannot change in actor mode).\n"
        }
        if !on { pendingReplay = nil }
        return on
            ? "Stepping is on: sessions started with std scheduler stop before each resume (step> help).\n"
            : "Stepping is off.\n"
    }

    /// The observer: called before each resume of a stepped session.
    private func willResume(_ id: Int) -> StepDecision {
        if evaluating {
            evaluating = false
            return record(prompt(next: id), scheduled: id)
        }
        let genesis = vm.actorSummaries().first?.id
        if genesis != sessionGenesis {
            sessionGenesis = genesis
            schedule = []
            remaining = 0
            condition = nil
            continuing = false
            replay = pendingReplay.map { Replay(numbers: $0) }
            pendingReplay = nil
        }
        if let decision = replayDecision(next: id) { return record(decision, scheduled: id) }
        if continuing { return record(.resume, scheduled: id) }
        if remaining > 0 {
            remaining -= 1
            return record(.resume, scheduled: id)
        }
        if let condition {
            guard holds(condition) else { return record(.resume, scheduled: id) }
            self.condition = nil
            write(1, "(\(describe(condition)) now)\n")
        }
        write(1, "[resume \(schedule.count + 1)] next: actor #\(id)\n")
        return record(prompt(next: id), scheduled: id)
    }

    /// Notes in `schedule` the actor a decision resumes.
    private func record(_ decision: StepDecision, scheduled id: Int) -> StepDecision {
        switch decision {
        case .resume: schedule.append(id)
        case .resumeInstead(let other): schedule.append(other)
        case .abort, .evaluate: break
        }
        return decision
    }

    /// While a schedule is replayed: the recorded actor's turn (the scheduler's own
    /// choice or another ready actor), or nil to stop at the prompt when the replay
    /// has run out or can go no further.
    private func replayDecision(next id: Int) -> StepDecision? {
        guard var replay, let genesis = sessionGenesis else { return nil }
        guard replay.position < replay.numbers.count else {
            self.replay = nil
            write(1, "(replayed \(replay.summary); stepping from here)\n")
            return nil
        }
        let target = genesis + replay.numbers[replay.position] - 1
        guard target == id || vm.resumable(target) else {
            self.replay = nil
            let state = vm.actorSummaries().first { $0.id == target }?.state.rawValue ?? "not spawned yet"
            write(
                1,
                "(the replay departs at resume \(replay.position + 1): actor #\(target) is \(state); "
                    + "stepping from here, after replaying \(replay.summary))\n")
            return nil
        }
        replay.position += 1
        if target != id { replay.overrides += 1 }
        self.replay = replay
        return target == id ? .resume : .resumeInstead(target)
    }

    /// Reads commands at `step>` until one decides.
    private func prompt(next id: Int) -> StepDecision {
        while true {
            switch editor.readLine(prompt: "step> ") {
            case .line(let line), .pastedLine(let line):
                if let decision = perform(line.trimmingBlanks(), next: id) { return decision }
            case .pasteEnded:
                continue
            case .interrupted:
                write(1, "^C\n")
                return .abort
            case .endOfInput:
                write(1, "(end of input: running to the end of actor mode)\n")
                continuing = true
                return .resume
            }
        }
    }

    /// One command at the step prompt; a decision ends the stop.
    private func perform(_ line: String, next id: Int) -> StepDecision? {
        let words = line.split(separator: " ").map(String.init)
        switch words.first ?? "" {
        case "", "s", "step":
            if words.count > 1 {
                guard let count = Int(words[1]), count >= 1 else {
                    write(2, "Usage: step [N]\n")
                    return nil
                }
                remaining = count - 1
            }
            return .resume
        case "a", "actors":
            write(1, actorsText(next: id))
        case "m", "mailbox":
            guard words.count == 2, let target = Int(words[1].drop { $0 == "#" }) else {
                write(2, "Usage: mailbox ID\n")
                return nil
            }
            write(1, mailboxText(target))
        case "u", "until":
            guard let condition = Self.condition(Array(words.dropFirst())) else {
                write(2, "Usage: until dies ID | until delivered SELECTOR | until mailbox ID SIZE\n")
                return nil
            }
            if holds(condition) {
                write(1, "(\(describe(condition)) already)\n")
                return nil
            }
            self.condition = condition
            return .resume
        case "p", "pick":
            guard words.count == 2, let target = Int(words[1].drop { $0 == "#" }) else {
                write(2, "Usage: pick ID\n")
                return nil
            }
            if target == id { return .resume }
            guard vm.resumable(target) else {
                let state = vm.actorSummaries().first { $0.id == target }?.state.rawValue
                write(
                    2,
                    state.map { "Actor #\(target) is \($0), not ready.\n" } ?? "No actor #\(target) in this session.\n")
                return nil
            }
            return .resumeInstead(target)
        case "c", "continue":
            continuing = true
            return .resume
        case "abort", "q":
            return .abort
        case "=", "eval", "e":
            let text = String(line.dropFirst(words[0].count)).trimmingBlanks()
            guard !text.isEmpty else {
                write(2, "Usage: eval EXPR (or = EXPR)\n")
                return nil
            }
            evaluating = true
            evaluations += 1
            return .evaluate(text, name: "<step \(evaluations)>")
        case "schedule":
            write(1, scheduleText())
        case "h", "help", "?":
            write(1, Self.helpText)
        default:
            write(2, "Unknown step command '\(words[0])'; help lists them.\n")
        }
        return nil
    }

    static func condition(_ words: [String]) -> Condition? {
        func id(_ text: String) -> Int? { Int(text.drop { $0 == "#" }) }
        switch (words.first, words.count) {
        case ("dies", 2): return id(words[1]).map { .dies($0) }
        case ("delivered", 2): return .delivered(words[1])
        case ("mailbox", 3):
            guard let actor = id(words[1]), let size = Int(words[2]) else { return nil }
            return .mailbox(actor, size)
        default: return nil
        }
    }

    private func holds(_ condition: Condition) -> Bool {
        let actors = vm.actorSummaries()
        switch condition {
        case .dies(let id):
            return actors.contains { $0.id == id && ($0.state == .dead || $0.state == .failed) }
        case .delivered(let selector):
            return actors.contains { actor in
                (vm.messages(ofActor: actor.id) ?? []).contains { $0.selector == selector }
            }
        case .mailbox(let id, let size):
            return actors.contains { $0.id == id && $0.mailboxSize >= size }
        }
    }

    private func describe(_ condition: Condition) -> String {
        switch condition {
        case .dies(let id): "actor #\(id) has finished"
        case .delivered(let selector): "a \(selector) message is in a mailbox"
        case .mailbox(let id, let size): "actor #\(id)'s mailbox holds \(size) or more"
        }
    }

    /// After an input: a note when a stepped session ended while `until` was still
    /// waiting (its condition may hold now, with no resume left to stop before).
    func sessionEnded() -> String? {
        if let replay {
            self.replay = nil
            if replay.position < replay.numbers.count {
                return "(actor mode ended after replaying \(replay.summary))\n"
            }
            return "(replayed \(replay.summary); actor mode ended)\n"
        }
        guard let condition else { return nil }
        self.condition = nil
        return "(actor mode ended while running until \(describe(condition)))\n"
    }

    /// The `actors` table.
    func actorsText(next id: Int) -> String {
        var text = "  id    state       last stop      mailbox  context\n"
        for actor in vm.actorSummaries() {
            let marker = actor.id == id ? ">" : " "
            let context = actor.context == .empty ? "" : printer.brief(actor.context)
            text +=
                "\(marker) #\(pad(String(actor.id), 4)) \(pad(actor.state.rawValue, 11)) "
                + "\(pad(actor.lastYield, 14)) \(pad(String(actor.mailboxSize), 8)) \(context)\n"
        }
        return text
    }

    /// The `mailbox ID` listing.
    func mailboxText(_ id: Int) -> String {
        guard let messages = vm.messages(ofActor: id) else { return "No actor #\(id) in this session.\n" }
        guard !messages.isEmpty else { return "Actor #\(id)'s mailbox is empty.\n" }
        return messages.enumerated().map { index, message in
            let arguments = message.arguments.map { printer.brief($0) }.joined(separator: ", ")
            return "  \(index + 1). \(message.selector)  (\(arguments))  from #\(message.sender)\n"
        }.joined()
    }

    /// The order actors were resumed in, in the last stepped session.
    func scheduleText() -> String {
        guard !schedule.isEmpty else { return "No stepped session has run yet.\n" }
        var text = "Resumed, in order: " + schedule.map { "#\($0)" }.joined(separator: " ") + "\n"
        if sessionGenesis != 1 {
            let numbers = scheduleNumbers.map(String.init).joined(separator: " ")
            text += "Numbered within the session (the genesis is 1), as :replay takes them: \(numbers)\n"
        }
        return text
    }

    /// `schedule` as actor numbers within its session: 1 is the genesis, 2 the first
    /// actor it spawned (ids go on growing from one session to the next).
    private var scheduleNumbers: [Int] { schedule.map { $0 - (sessionGenesis ?? 1) + 1 } }

    /// `:schedule save FILE`: the last schedule, in the form `:replay FILE` reads.
    func saveSchedule(to path: String) -> String {
        guard !schedule.isEmpty else { return "No stepped session has run yet.\n" }
        let text = RecordedSchedule.fileText(scheduleNumbers)
        if case .failure(let error) = Platform.writeFile(path, Array(text.utf8)) {
            return "Cannot write '\(path)': \(error.description).\n"
        }
        return "Saved a schedule of \(schedule.count) resumes to \(path).\n"
    }

    /// `:replay [FILE | N …]`: arms a replay of the last schedule, of the one saved in
    /// FILE, or of the actor numbers given, for the next stepped session (and turns
    /// stepping on). Answers the message and whether it is an error.
    func armReplay(_ argument: String) -> (text: String, failed: Bool) {
        let numbers: [Int]
        switch RecordedSchedule.numbers(argument) {
        case .failure(let error): return (error.message + "\n", true)
        case .success(let given): numbers = given ?? scheduleNumbers
        }
        guard !numbers.isEmpty else { return ("No stepped session has run yet: nothing to replay.\n", true) }
        let stepping = arm(true)
        guard stepping.hasPrefix("Stepping is on") else { return (stepping, true) }
        pendingReplay = numbers
        let count = numbers.count == 1 ? "1 resume" : "\(numbers.count) resumes"
        return (
            "The next session started with std scheduler replays \(count), then stops at step> "
                + "(stepping is on).\n", false
        )
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    static let helpText = """
        At step>, before each resume of an actor:
          step [N]             resume once, or N times, then stop again (also s, Enter)
          actors               every actor: id, state, last stop, mailbox size, context (a)
          mailbox ID           the messages waiting for actor ID: selector, arguments, sender (m)
          until dies ID        run until actor ID has finished (u)
          until delivered SEL  run until a SEL message is in some mailbox
          until mailbox ID N   run until actor ID's mailbox holds N messages or more
          eval EXPR            run EXPR in the genesis, its context as self, and show it (=, e)
          pick ID              resume actor ID now instead of the scheduler's choice (p)
          schedule             the actors resumed so far, in order
          continue             run to the end of actor mode without stopping (c)
          abort                end actor mode now (the genesis fails; also q, Ctrl-C)

        """
}
