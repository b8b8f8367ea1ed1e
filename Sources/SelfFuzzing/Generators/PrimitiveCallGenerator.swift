/// Programs for the `primitives` family: each sends 1 to 10 primitives, chosen from
/// `names`, with receivers and arguments from a pool of every kind of value
/// (`PrimitiveValues.swift`): integers at the 63-bit edges, floats, strings with NUL
/// and non-UTF-8 bytes, arrays small, large, nested and cyclic, blocks of every
/// arity, `nil`, the booleans, the lobby and world objects, fresh objects with
/// methods and odd parents, managed descriptors (files, devices, sockets, a closed
/// one), address-info objects, actor objects and proxies. A send uses the right
/// kinds for its primitive (`PrimitiveSignature`) so that it does its work, some
/// wrong ones, or only random ones; `IfFail:` objects are blocks taking 0 to 2
/// arguments or not blocks at all.
///
/// A program runs in one of three contexts: the global actor (sends often wrapped
/// in `_EvaluateStringIfFail:`, so that one error does not end the program, with
/// results kept in the lobby's `fuzzPrimitiveResults` for later sends), the
/// genesis actor (with actor objects: new, yielded, dead), or regular actors under
/// the world's scheduler (one worker actor per send or two, each holding a proxy).
///
/// Host safety (the worker's sandbox checks it again): files only in the working
/// directory or `/dev/null`, `/dev/zero`; sockets only on loopback, all
/// non-blocking; poll timeouts and sleeps of at most 50 ms; `_RunScript` only of
/// the two devices or missing files; standard input and output never closed or
/// made non-blocking; `_Restart` only in the kit's bounded form; `_Exit:` rare.
public enum PrimitiveCallGenerator {
    /// One complete script sending primitives from `names` (every primitive's name,
    /// with its underscore: `PrimitiveTable.names`).
    public static func program(_ random: inout FuzzRandom, names: [String]) -> String {
        var writer = PrimitiveWriter(random: random, names: names)
        let text = writer.program()
        random = writer.random
        return text
    }
}

/// The state of writing one `primitives` program.
struct PrimitiveWriter {
    /// Where the sends run: the global actor, the genesis, regular actors.
    enum Context { case global, genesis, regular }

    /// The program's random numbers.
    var random: FuzzRandom
    /// The primitives to choose from.
    let names: [String]
    /// A random suffix for names that must not meet another program's.
    let suffix: String
    /// Where this program's sends run.
    var context: Context = .global
    /// Expressions for the results of earlier sends that later ones may use.
    var results: [String] = []

    /// A writer drawing from `random` and sending primitives from `names`.
    init(random: FuzzRandom, names: [String]) {
        self.random = random
        self.names = names.isEmpty ? ["_Nil"] : names
        suffix = SourceText.suffix(&self.random)
    }

    /// The actor primitives, sent more often in actor contexts.
    var actorNames: [String] { names.filter { $0.hasPrefix("_Actor") } }

    /// The whole script: the kit, then the sends in their context.
    mutating func program() -> String {
        context = random.weighted([(13, .global), (4, .genesis), (3, .regular)])
        let count = random.int(in: 1...10)
        let body: String
        switch context {
        case .global: body = globalSends(count)
        case .genesis: body = genesisSends(min(count, 5))
        case .regular: body = regularSends(count)
        }
        return "\"fuzz primitives \(suffix)\"\n" + PrimitiveKit.installation + "\n" + body + "\n"
    }

    /// Sends at the top level, most of them evaluated; each result is kept in the
    /// lobby's `fuzzPrimitiveResults` (a fixed name: every program replaces it).
    mutating func globalSends(_ count: Int) -> String {
        var lines = ["lobby _AddSlots: (| fuzzPrimitiveResults <- (std array copySize: \(count)) |)."]
        for index in 0..<count {
            if random.chance(1, in: 40) {
                // A primitive that does not exist: a code-generation error, evaluated.
                lines.append(evaluated(random.pick(["3 _IntAdd: 4 With: 5", "_Nil: 3", "'a' _ByteAtPut: 1", "_Foo"])))
                continue
            }
            let (call, reusable) = send()
            let statement = reusable ? "fuzzPrimitiveResults at: \(index) Put: (\(call))" : call
            lines.append(random.chance(7, in: 10) ? evaluated(statement) : statement + ".")
            if reusable { results.append("(fuzzPrimitiveResults at: \(index))") }
        }
        return lines.joined(separator: "\n")
    }

    /// `code` as an evaluated string with a failure block.
    mutating func evaluated(_ code: String) -> String {
        SourceText.quote(code) + " _EvaluateStringIfFail: " + random.pick(["[ nil ]", "3", "[| :a | a ]"]) + "."
    }

    /// Sends in a genesis method that holds three actor objects: `a` never run,
    /// `w` yielded, `d` dead. The first error ends the program.
    mutating func genesisSends(_ count: Int) -> String {
        var lines = [
            "a: fuzzPrimitiveKit peer spawn.",
            "w: fuzzPrimitiveKit peer spawn. w _ActorResume.",
            "d: (| parent* = std traits actor. main = ( nil ) |) spawn. d _ActorResume.",
        ]
        for index in 0..<count {
            let (call, reusable) = send()
            lines.append(reusable ? "r\(index): (\(call))." : call + ".")
            if reusable { results.append("r\(index)") }
        }
        let locals = ["a", "w", "d"] + (0..<count).map { "r\($0)" }
        return "(| parent* = std traits clonable.\n    run = ( | " + locals.joined(separator: ". ") + " |\n"
            + SourceText.indent(lines.joined(separator: "\n"), 8) + "\n        nil ) |) _Genesis: 'run'."
    }

    /// Sends in worker actors under the world's scheduler, one or two per worker,
    /// each worker holding a proxy `p` for a peer; an error kills only its worker.
    mutating func regularSends(_ count: Int) -> String {
        var workers: [String] = []
        var remaining = count
        while remaining > 0 {
            let here = min(remaining, random.int(in: 1...2))
            remaining -= here
            results = []
            var lines = ["p: fuzzPrimitiveKit peer spawn."]
            for index in 0..<here {
                let (call, reusable) = send()
                lines.append(reusable ? "r\(index): (\(call))." : call + ".")
                if reusable { results.append("r\(index)") }
            }
            workers.append(
                "(| parent* = std traits actor. main = ( | p. r0. r1 |\n"
                    + SourceText.indent(lines.joined(separator: "\n"), 8) + "\n        nil ) |)")
        }
        let spawns = workers.map { "        \($0) spawn." }.joined(separator: "\n")
        return "std scheduler startWith: (| parent* = std traits actor.\n    main = (\n" + spawns
            + "\n        nil ) |)."
    }

    /// One primitive send (its source, and whether its result may be reused).
    mutating func send() -> (String, Bool) {
        let name = pickName()
        let signature = PrimitiveSignature.of(name)
        if name == "_Restart" {
            // Bounded: the kit restarts its own activation a few times.
            return ("fuzzPrimitiveKit restart: (\(anything())) Times: \(random.int(in: 1...5))", true)
        }
        let mode = random.weighted([(11, 0), (7, 1), (2, 2)])
        /// Right values, or wrong ones: a third of the positions, or all.
        func value(_ role: ValueRole, _ writer: inout PrimitiveWriter) -> String {
            let wrong = mode == 2 || (mode == 1 && writer.random.chance(1, in: 3))
            return wrong ? writer.wrong(role) : writer.right(role)
        }
        var receiver = value(signature.receiver, &self)
        var arguments = signature.arguments.map { value($0, &self) }
        if name == "_AddSlots:" {
            // The implicit receiver is the lobby or an actor's context.
            if random.chance(1, in: 6) { receiver = "" }
            // Whatever may outlive the program (anything but a literal made here)
            // gets only slots no world code uses, or a non-slots value (an error).
            if !Self.freshSlots.contains(receiver) {
                arguments[0] =
                    random.chance(1, in: 5)
                    ? random.pick(["3", "'x'", "[ 1 ]", "1.5"])
                    : random.pick(Self.newSlotsForShared)
            }
        } else if signature.receiver == .ignored && random.chance(1, in: 2) {
            receiver = ""
        }
        var text = compose(name, receiver: receiver, arguments: arguments)
        if random.chance(1, in: 10) { text = "(\(text)) _Inspect" }
        return (text, signature.reusableResult && name != "_Exit:")
    }

    /// Actor primitives that work in the genesis (the others fail there).
    static let genesisActorNames: Set<String> = [
        "_ActorResume", "_ActorYieldReason", "_ActorBlockedFD", "_ActorWakeTime", "_ActorWaitsForMessage",
        "_ActorNextWoken", "_ActorSpawn:", "_ActorSetEntrypoint:",
    ]

    /// A primitive name: any of `names`; in actor contexts often an actor
    /// primitive, mostly one that works there; in the global actor, where they
    /// all fail, actor primitives less often; `_Exit:` rarely.
    mutating func pickName() -> String {
        if context != .global && random.chance(1, in: 2) && !actorNames.isEmpty {
            let fitting = actorNames.filter { Self.genesisActorNames.contains($0) == (context == .genesis) }
            return random.chance(3, in: 4) && !fitting.isEmpty ? random.pick(fitting) : random.pick(actorNames)
        }
        var name = random.pick(names)
        if context == .global && name.hasPrefix("_Actor") && random.chance(2, in: 3) { name = random.pick(names) }
        // About one program in two hundred ends the process's run of it.
        if name == "_Exit:" && !random.chance(1, in: 16) { return "_Nil" }
        return name
    }

    /// `receiver name-part: (argument) …`, with every value parenthesised.
    func compose(_ name: String, receiver: String, arguments: [String]) -> String {
        let parts = name.split(separator: ":", omittingEmptySubsequences: true).map(String.init)
        var text = receiver.isEmpty ? "" : "(\(receiver)) "
        guard name.hasSuffix(":") else { return text + name }
        for (index, part) in parts.enumerated() {
            text += (index == 0 ? "" : " ") + part + ": (" + arguments[index] + ")"
        }
        return text
    }
}
