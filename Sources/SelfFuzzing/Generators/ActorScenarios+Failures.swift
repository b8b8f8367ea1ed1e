/// Actor scenarios about failure and misuse (actors.md §7, docs/actors.md
/// "Choices"): actors that fail in different places while a survivor must finish,
/// hand-written geneses (actors left alive, a result blessed back), writes to
/// globally reachable objects, and actor primitives where they are not allowed.
extension ActorWriter {
    /// One way for an actor to fail, as its slots (with `main`), and whether the
    /// starter should also send it `poke` (a message whose handler fails).
    mutating func failure() -> (slots: String, poked: Bool) {
        random.pick([
            ("main = ( 1 / 0 )", false),
            ("main = ( nil nosuchSelector )", false),
            ("main = ( _Error: 'failing on purpose' )", false),
            ("deep: n = ( 1 + (deep: n + 1) ). main = ( deep: 0 )", false),
            ("poke = ( 1 / 0 ). main = ( [ true ] whileTrue: [ yield ] )", true),
            ("poke = ( yield ). main = ( 0 to: 5 Do: [| :i | yield ] )", true),
            ("poke = ( sleep: 1 ). main = ( 0 to: 5 Do: [| :i | yield ] )", true),
            ("poke = ( fzStored value ). fzStored. main = ( fzStored: [ ^ 3 ]. 0 to: 5 Do: [| :i | yield ] )", true),
            ("poke = ( nil ). main = ( nil )", true),
            ("main = ( sender )", false),
            ("main = ( '3 + 4' _EvaluateStringIfFail: [ nil ] )", false),
            ("main = ( (| parent* = std traits clonable. run = ( 1 ) |) _Genesis: 'run' )", false),
            ("main = ( _ActorResume )", false),
            ("spawnEntrypoint = ( _Error: 'spawn method failed' ). main = ( nil )", false),
            ("spawnEntrypoint = ( copy ). main = ( nil )", false),
            ("spawnEntrypoint = ( yield. copy ). main = ( nil )", false),
            ("entrypoint = 'nosuchEntry'. main = ( nil )", false),
            ("entrypoint = 'constantEntry'. constantEntry = 3. main = ( nil )", false),
            ("main = ( | b | b: [ 1 ]. _ActorSender )", false),
        ])
    }

    /// Actors failing in different ways beside a survivor that counts to `n` and
    /// logs it: the failures kill only their own actors.
    mutating func failingActors() -> Part {
        let n = random.size(upTo: 200) + 1
        let (log, make) = self.log()
        var slots = [
            "survivor = (| parent* = std traits actor.\n    main = ( | c <- 0 | 0 to: \(n) Do: [| :i | c: c + 1. yield ]. \(log) at: 0 Put: c ) |)"
        ]
        var spawns = ["survivor spawn"]
        for index in 0..<random.int(in: 1...5) {
            let (failing, poked) = failure()
            slots.append("f\(index) = (| parent* = std traits actor. \(failing) |)")
            // Poked after a turn, so that the failing actor's main has run.
            spawns.append(poked ? "| p | p: f\(index) spawn. yield. p poke. p poke" : "f\(index) spawn")
        }
        if random.chance(1, in: 3) {
            // A message to an actor that has already finished is dropped.
            slots.append("quick = (| parent* = std traits actor. late: x = ( 1 / 0 ). main = ( nil ) |)")
            spawns.append("| q | q: quick spawn. yield. yield. q late: 1")
        }
        let body = spawns.map { "[ \($0) ] value" }.joined(separator: ".\n    ")
        slots.append("main = (\n    \(body) )")
        let code =
            make + "\n" + scheduled(slots) + "\n" + check("\(log) at: 0", String(n), "survivor beside failing actors")
        return Part(code: code)
    }

    /// A genesis written by hand: spawns workers, resumes them for `rounds` rounds
    /// (checking the yield reasons), and returns, perhaps with workers still
    /// alive; sometimes resumes a dead one at the end (an error that ends the
    /// program).
    mutating func handScheduledGenesis() -> Part {
        let workers = random.size(upTo: 200) + 1
        let yields = random.int(in: 0...8)
        let rounds = random.int(in: 0...12)
        let (log, make) = self.log()
        let finished = rounds > yields ? workers : 0
        // Mostly a plain end (actors maybe still alive); now and then an error in
        // the genesis, which ends the whole program.
        var ending = random.weighted([
            (18, "nil"), (1, "(actors at: 0) nosuchMessage"), (1, "lobby _AddSlots: (| fzNope = 1 |)"),
            (1, "_ActorYield"), (1, "_ActorSender"), (1, "'1' _EvaluateStringIfFail: [ nil ]"),
        ])
        if finished > 0 && random.chance(1, in: 12) { ending = "(actors at: 0) _ActorResume" }  // raising the dead
        let genesis = """
            (| parent* = std traits clonable.
                worker = (| parent* = std traits actor. n <- 0.
                    main = ( 0 to: \(yields) Do: [| :i | n: n + 1. yield ]. \(log) bump: 0 ) |).
                run = ( | actors |
                    actors: std vector copy.
                    0 to: \(workers) Do: [| :i | actors add: worker spawn ].
                    (actors at: 0) _ActorYieldReason = 0 ifFalse: [ \(log) at: 1 Put: 9 ].
                    0 to: \(rounds) Do: [| :r |
                        actors each: [| :a |
                            a _ActorYieldReason = 4 ifFalse: [
                                a _ActorResume.
                                (a _ActorYieldReason = 3) || [ a _ActorYieldReason = 4 ] ifFalse: [ \(log) at: 1 Put: 8 ].
                                a _ActorWaitsForMessage ifTrue: [ \(log) at: 1 Put: 7 ] ] ] ].
                    \(ending) ) |) _Genesis: 'run'.
            """
        let code =
            make + "\n" + genesis + "\n" + check("\(log) at: 0", String(finished), "hand-scheduled workers finished")
            + "\n" + check("\(log) at: 1", "0", "yield reasons in a hand-written genesis")
        return Part(code: code)
    }

    /// A genesis that builds an object graph and returns it: the global actor
    /// gets a blessed copy and walks it.
    mutating func genesisResult() -> Part {
        let length = random.size(upTo: 3_000) + 1
        let shape =
            random.weighted([(12, 0), (1, 1)]) == 1
            ? random.pick([
                // Actor objects cannot be blessed: the genesis fails at its end, which
                // ends the program.
                ("(| parent* = std traits actor. main = ( nil ) |) spawn", "R _Eq: R", "true"),
                (
                    "[| a | a: (std array copySize: 1). a at: 0 Put: ((| parent* = std traits actor. main = ( nil ) |) spawn). a ] value",
                    "R size", "1"
                ),
            ])
            : random.pick([
                (
                    "[| h | 0 to: \(length) Do: [| :i | h: ((| parent* = std traits clonable. next. v <- 0 |) clone next: h; v: i) ]. h ] value",
                    "[| c. p | c: 0. p: R. [ nil == p ] whileFalse: [ c: c + 1. p: p next ]. c ] value", String(length)
                ),
                (
                    "[| v | v: std vector copy. 0 to: \(length) Do: [| :i | v add: i asString ]. v ] value", "R size",
                    String(length)
                ),
                (
                    "[| a | a: (std array copySize: 2). a at: 0 Put: a; at: 1 Put: 'x'. a ] value",
                    "((R at: 0) == R) && [ (R at: 1) = 'x' ]", "true"
                ),
                ("\(length)", "R", String(length)),
                ("(| parent* = std traits clonable. m = ( 5 ) |)", "R m", "5"),
                ("'s' copySize: \(length)", "R size", String(length)),
            ])
        let result = fresh("fzResult")
        let code = """
            lobby _AddSlots: (| \(result) <- nil |).
            \(result): ((| parent* = std traits clonable. run = ( \(shape.0) ) |) _Genesis: 'run').
            \(check(shape.1.replacing("R", with: result), shape.2, "genesis result blessed back"))
            """
        return Part(code: code)
    }

    /// Actors that try to change globally reachable objects (each in its own
    /// actor, as each attempt kills it), and the checks that nothing changed but
    /// the one write the quirk allows (`_ByteAt:Put:` on a global string).
    mutating func globalWrites() -> Part {
        let global = fresh("fzGlobal")
        let attempts = [
            "\(global) x: 3",
            "lobby _AddSlots: (| \(global)Added = 1 |)",
            "\(global) arr at: 0 Put: 5",
            "\(global) _AddSlots: (| y = 2 |)",
            "(| parent* = \(global) |) x: 4",
            "\(global) arr _ArrayAt: 1 Put: (std vector copy)",
            "\(global) box value: 6",
            "std traits integer _AddSlots: (| \(global)M = 1 |)",
        ]
        var slots: [String] = []
        var spawns: [String] = []
        for (index, attempt) in attempts.enumerated() where random.chance(1, in: 2) || index == 0 {
            slots.append("a\(index) = (| parent* = std traits actor. main = ( \(attempt) ) |)")
            spawns.append("a\(index) spawn")
        }
        slots.append("writer = (| parent* = std traits actor. main = ( \(global) bytes at: 0 Put: 65 ) |)")
        spawns.append("writer spawn")
        slots.append("main = ( " + spawns.joined(separator: ". ") + " )")
        let code = """
            lobby _AddSlots: (| \(global) = (| parent* = std traits clonable. x <- 0.
                arr = std array copySize: 2 FillingExtrasWith: 0. bytes = '' _ByteArrayCopySize: 2 FillingExtrasWith: 'a'.
                box = (| parent* = std traits clonable. value <- 0 |) |) |).
            \(scheduled(slots))
            \(check("\(global) x", "0", "global slot not written by an actor"))
            \(check("\(global) arr at: 0", "0", "global array not written by an actor"))
            \(check("\(global) box value", "0", "global object not written by an actor"))
            \(check("\(global) bytes at: 0", "65", "global byte array written by an actor (quirk)"))
            """
        return Part(code: code)
    }

    /// Actor primitives and world actor messages outside actor mode: each an
    /// error, caught by an evaluated string whose failure block must run.
    mutating func misuseOutsideActorMode() -> Part {
        let forms = [
            "_ActorYield", "_ActorSender", "_ActorResume", "_ActorSpawn: 'main'", "_ActorSetEntrypoint: 'main'",
            "_ActorYieldReason", "_ActorWaitForMessage", "_ActorNextWoken", "_ActorYieldUntil: 0", "_ActorWakeTime",
            "_ActorBlockedFD", "_ActorWaitsForMessage", "std actor spawn", "std actor yield", "std actor sender",
            "(| parent* = std traits actor |) sleep: 1", "3 _ActorResume",
        ]
        var lines: [String] = []
        for _ in 0..<random.int(in: 1...5) {
            let form = random.pick(forms)
            lines.append(
                check(
                    SourceText.quote(form) + " _EvaluateStringIfFail: [ 'refused' ]", "'refused'",
                    "\(form) refused outside actor mode"))
        }
        if random.chance(1, in: 12) {
            // Wrong receivers for the scheduler: an error in the genesis ends the program.
            lines.append(
                random.pick([
                    "std scheduler startWith: 3.", "std scheduler startWith: (| |).",
                    "(| run = ( 1 / 0 ) |) _Genesis: 'run'.", "3 _Genesis: 'run'.",
                ]))
        }
        return Part(code: lines.joined(separator: "\n"))
    }

    /// Misuse inside actors: messages a proxy cannot deliver (unknown selectors,
    /// data slots, blocks as arguments), a constant answered by nil, messages to
    /// an actor that has finished; each misuse in its own actor beside a
    /// receiver that must still log what it got.
    mutating func misuseInActors() -> Part {
        let (log, make) = self.log()
        let target =
            "target = (| parent* = std traits actor. got <- 0. data <- 1. constant = 7.\n"
            + "    hit: x = ( got: got + 1 ).\n    main = ( [ got < 1 ] whileTrue: [ \(pause()) ]. \(log) at: 0 Put: got ) |)"
        let misuse = random.pick([
            "t nosuchMessage", "t data", "t data: 3", "t hit: [ 1 ]", "t hit: (| b = [ 2 ] |)",
            "t hit: (std vector copy add: [ 3 ]; yourself)".replacing("; yourself", with: ""), "t constant; hit: 1",
            "t parent", "t == t", "t hit: 1 With: 2",
        ])
        let code =
            make + "\n"
            + scheduled([
                target,
                "bad = (| parent* = std traits actor. t. main = ( \(misuse) ) |)",
                "main = ( | t | t: target spawn. (bad copy t: t) spawn. yield. yield. t hit: 1 )",
            ]) + "\n" + check("\(log) at: 0", "1", "receiver beside a misusing actor")
        return Part(code: code)
    }
}
