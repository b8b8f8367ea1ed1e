/// The valid actor scenarios: message patterns (ping-pong, rings, fan-in, trees,
/// floods), blessing of message arguments, and busy actors. Each ends with checks
/// of its log in the global actor.
extension ActorWriter {
    /// Two actors exchange `rounds` messages through `sender`.
    mutating func pingPong() -> Part {
        let rounds = random.size(upTo: 2_000) + 1
        let (log, make) = self.log()
        let ponger =
            "ponger = (| parent* = std traits actor. done <- false.\n"
            + "    ping: n = ( sender pong: n + 1 ).\n    stop = ( done: true ).\n"
            + "    main = ( [ done ] whileFalse: [ \(pause(turns: rounds)) ] ) |)"
        let code =
            make + "\n"
            + scheduled([
                ponger, "count <- 0", "pong: n = ( count: n )",
                "main = ( | p | p: ponger spawn.\n    0 to: \(rounds) Do: [| :i | p ping: count. [ count <= i ] whileTrue: [ \(pause(turns: rounds)) ] ].\n    p stop.\n    \(log) at: 0 Put: count )",
            ]) + "\n" + check("\(log) at: 0", String(rounds), "ping-pong of \(rounds)")
        return Part(code: code)
    }

    /// `nodes` actors in a ring, each holding a proxy for the next (sent to it as a
    /// message argument), pass a token `hops` times, then a stop around the ring.
    mutating func ring() -> Part {
        let nodes = random.size(upTo: 500) + 1
        // A hop may wait a whole round of the scheduler (every node yielding):
        // nodes × hops stays near 100,000 resumptions at most.
        let hops = min(random.size(upTo: 5_000), 100_000 / nodes)
        let (log, make) = self.log()
        let node = """
            node = (| parent* = std traits actor. next. stopped <- false.
                setNext: p = ( next: p ).
                token: n = ( n >= \(hops) ifTrue: [ \(log) at: 0 Put: n. \(log) at: 1 Put: 1. next stop ] False: [ next token: n + 1 ] ).
                stop = ( stopped ifFalse: [ stopped: true. next stop ] ).
                main = ( [ stopped ] whileFalse: [ \(pause(turns: hops)) ] ) |)
            """
        let main = """
            main = ( | ring |
                ring: std vector copy.
                0 to: \(nodes) Do: [| :i | ring add: node spawn ].
                0 to: \(nodes) Do: [| :i | (ring at: i) setNext: (ring at: (i + 1) % \(nodes)) ].
                (ring at: 0) token: 0 )
            """
        let code =
            make + "\n" + scheduled([node, main]) + "\n"
            + check("\(log) at: 0", String(hops), "ring of \(nodes) passed \(hops) hops") + "\n"
            + check("\(log) at: 1", "1", "ring token arrived")
        return Part(code: code)
    }

    /// `workers` actors each send one value to a collector, whose proxy is in their
    /// spawned context.
    mutating func fanIn() -> Part {
        let workers = random.size(upTo: 2_000) + 1
        let (log, make) = self.log()
        let send = random.pick([
            "collector add: value", "yield. collector add: value", "collector add: value. yield",
            "collector add: value + 0. nil",
        ])
        let code =
            make + "\n"
            + scheduled([
                "collector = (| parent* = std traits actor. count <- 0. sum <- 0.\n"
                    + "    add: v = ( count: count + 1. sum: sum + v ).\n"
                    + "    main = ( [ count < \(workers) ] whileTrue: [ \(pause()) ].\n"
                    + "        \(log) at: 0 Put: count. \(log) at: 1 Put: sum % 65536 ) |)",
                "worker = (| parent* = std traits actor. collector. value <- 0.\n    main = ( \(send) ) |)",
                "main = ( | c | c: collector spawn.\n    0 to: \(workers) Do: [| :i | (worker copy collector: c; value: i) spawn ] )",
            ]) + "\n" + check("\(log) at: 0", String(workers), "fan-in of \(workers)") + "\n"
            + check("\(log) at: 1", String((workers * (workers - 1) / 2) % 65_536), "fan-in sum")
        return Part(code: code)
    }

    /// Actors that spawn children `depth` levels deep, `branching` each; every
    /// node reports to the root, whose proxy is copied down the tree.
    mutating func spawnTree() -> Part {
        let branching = random.int(in: 1...4)
        let depth = random.int(in: 0...(branching == 1 ? 60 : branching == 2 ? 8 : 4))
        var total = 0
        var level = 1
        for _ in 0...depth {
            total += level
            level *= branching
        }
        let (log, make) = self.log()
        let code =
            make + "\n"
            + scheduled([
                "root = (| parent* = std traits actor. count <- 0.\n    report: n = ( count: count + n ).\n"
                    + "    main = ( [ count < \(total) ] whileTrue: [ \(pause()) ]. \(log) at: 0 Put: count ) |)",
                "treeNode = (| parent* = std traits actor. root. depth <- 0.\n"
                    + "    main = ( root report: 1.\n        depth > 0 ifTrue: [ 0 to: \(branching) Do: [| :i | (self copy depth: depth - 1) spawn ] ] ) |)",
                "main = ( | r | r: root spawn. (treeNode copy root: r; depth: \(depth)) spawn )",
            ]) + "\n" + check("\(log) at: 0", String(total), "spawn tree of \(total)")
        return Part(code: code)
    }

    /// One actor sends `count` messages to another before it runs: its mailbox
    /// grows, then is handled in one pass.
    mutating func mailboxFlood() -> Part {
        let count = random.size(upTo: 20_000) + 1
        let (log, make) = self.log()
        let argument = random.pick([
            "i", "'x' copySize: 40", "(| parent* = std traits clonable. v = 3 |)", "i asString",
            "std vector copy add: i", "1.5",
        ])
        let code =
            make + "\n"
            + scheduled([
                "sink = (| parent* = std traits actor. count <- 0.\n    hit: v = ( count: count + 1 ).\n"
                    + "    main = ( [ count < \(count) ] whileTrue: [ \(pause()) ]. \(log) at: 0 Put: count ) |)",
                "main = ( | s | s: sink spawn. 0 to: \(count) Do: [| :i | s hit: (\(argument)) ] )",
            ]) + "\n" + check("\(log) at: 0", String(count % 65_536), "mailbox of \(count)")
        return Part(code: code)
    }

    /// A value built by the sender and a test the receiver runs on its blessed
    /// copy (`v`), true when the copy is right; then a change the sender makes
    /// to its original, which the receiver's copy must not see.
    mutating func blessable() -> (build: String, test: String, change: String) {
        let n = random.size(upTo: 2_000) + 1
        return random.pick([
            (
                "[| h | 0 to: \(n) Do: [| :i | h: ((| parent* = std traits clonable. next. v <- 0 |) clone next: h; v: i) ]. h ] value",
                "[| c. p | c: 0. p: v. [ nil == p ] whileFalse: [ c: c + 1. p: p next ]. (c = \(n)) && [ v v = \(n - 1) ] ] value",
                "v v: 99999"
            ),
            (
                "[| a. b | a: (| parent* = std traits clonable. next. tag <- 1 |) clone. b: a clone. a next: b. b next: a; tag: 2. a ] value",
                "(v next next == v) && [ v next tag = 2 ]", "v next tag: 7"
            ),
            (
                "[| o. a | o: (| parent* = std traits clonable. tag <- 5 |) clone. a: (std array copySize: 2). a at: 0 Put: o; at: 1 Put: o. a ] value",
                "((v at: 0) == (v at: 1)) && [ (v at: 0) tag = 5 ]", "(v at: 0) tag: 6"
            ),
            (
                "[| a | a: (std array copySize: 3 FillingExtrasWith: 7). a at: 1 Put: a. a ] value",
                "((v at: 1) == v) && [ (v at: 0) = 7 ]", "v at: 0 Put: 8"
            ),
            ("'q' copySize: \(n)", "(v size = \(n)) && [ (v at: 0) = 113 ]", "v at: 0 Put: 65"),
            (
                "(| parent* = std traits clonable. m = ( 42 ). k: x = ( x + 1 ) |)", "(v m = 42) && [ (v k: 1) = 2 ]",
                "nil"
            ),
            (
                "[| d | d: (std vector copy add: 7). 0 to: \(min(n, 300)) Do: [| :i | d: (std vector copy add: d) ]. d ] value",
                "[| p. c | p: v. c: 0. [ (p size = 1) && [ 7 = (p at: 0) ] ] whileFalse: [ p: (p at: 0). c: c + 1 ]. c = \(min(n, 300)) ] value",
                "nil"
            ),
            ("1.5", "(v _Eq: v) && [ (v _Eq: 1.5) not ]", "nil"),
            (
                "[| s | s: std vector copy. 0 to: 10 Do: [| :i | s add: i asString ]. s ] value",
                "(v size = 10) && [ (v at: 9) = '9' ]", "v at: 9 Put: 'x'"
            ),
        ])
    }

    /// A sender passes blessed values to a receiver, which tests its copies when
    /// they arrive and again after the sender changed its originals.
    mutating func blessedArguments() -> Part {
        let count = random.int(in: 1...4)
        let values = (0..<count).map { _ in blessable() }
        let (log, make) = self.log()
        var takes: [String] = []
        var sends: [String] = []
        for (index, value) in values.enumerated() {
            takes.append(
                "take\(index): v = ( kept at: \(index) Put: v. \(log) at: \(index) Put: ((\(value.test)) ifTrue: [ 1 ] False: [ 2 ]) )"
            )
            takes.append(
                "test\(index) = ( | v | v: (kept at: \(index)). \(log) at: \(index + 8) Put: ((\(value.test)) ifTrue: [ 1 ] False: [ 2 ]) )"
            )
            sends.append("v: ( \(value.build) ). r take\(index): v. originals at: \(index) Put: v")
        }
        var changes: [String] = []
        for (index, value) in values.enumerated() {
            changes.append("v: (originals at: \(index)). \(value.change). r test\(index)")
        }
        let receiver =
            "receiver = (| parent* = std traits actor. kept. checked <- 0.\n"
            + "    start = ( kept: (std array copySize: \(count)) ).\n"
            + takes.map { "    " + $0 }.joined(separator: ".\n") + ".\n"
            + "    done = ( checked: 1 ).\n"
            + "    main = ( [ checked = 0 ] whileTrue: [ \(pause()) ] ) |)"
        let main =
            "main = ( | r. v. originals | originals: (std array copySize: \(count)). r: receiver spawn. r start.\n    "
            + sends.joined(separator: ".\n    ") + ".\n    yield.\n    " + changes.joined(separator: ".\n    ")
            + ".\n    r done )"
        var code = make + "\n" + scheduled([receiver, main])
        for index in 0..<count {
            code += "\n" + check("\(log) at: \(index)", "1", "blessed copy \(index) on arrival")
            code += "\n" + check("\(log) at: \(index + 8)", "1", "blessed copy \(index) after the original changed")
        }
        return Part(code: code)
    }

    /// Many actors that compute, allocate, recurse and yield (some deep in their
    /// stack), then count themselves done in the log.
    mutating func busyActors() -> Part {
        let count = random.size(upTo: 300) + 1
        let work = random.pick([
            "[| v | v: std vector copy. 0 to: 200 Do: [| :i | v add: i asString ]. yield. v size ] value",
            "deep: 500",
            "deep: 2000",
            "[| s | s: ''. 0 to: 50 Do: [| :i | s: s, i asString. yield ]. s size ] value",
            "[| h | h: std hashSet copyRemoveAll. 0 to: 100 Do: [| :i | h add: i ]. h size ] value",
            "[ sleep: 1. 1 ] value",
        ])
        let (log, make) = self.log()
        let code =
            make + "\n"
            + scheduled([
                "worker = (| parent* = std traits actor.\n"
                    + "    deep: n = ( n = 0 ifTrue: [ yield. 0 ] False: [ 1 + (deep: n - 1) ] ).\n"
                    + "    main = ( ( \(work) ). \(log) bump: 0 ) |)",
                "main = ( 0 to: \(count) Do: [| :i | worker copy spawn ] )",
            ]) + "\n" + check("\(log) at: 0", String(count), "\(count) busy actors finished")
        return Part(code: code)
    }
}
