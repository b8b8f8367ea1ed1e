import SelfRuntime
import SelfShell
import Testing

/// `SelectorCompleter` on a VM with a small world: what Tab offers for each kind of
/// receiver, where each candidate comes from, and that finding the receiver never
/// runs Self code.
@Suite("selector completion")
struct SelectorCompleterTests {
    /// A VM whose lobby holds a little world: constants, a counter, methods (one that
    /// loops), nested objects, and integer and string traits with a few selectors.
    static func makeWorld() -> (VirtualMachine, SelectorCompleter) {
        let vm = VirtualMachine()
        vm.suppressErrorReports = true
        let setUp = [
            """
            _AddSlots: (|
                answer = 42.
                double: x = (x _IntAdd: x).
                counter <- 0.
                bump = ( counter: counter _IntAdd: 1. self ).
                spin = ( _Restart ).
                box <- (| apple = 1. avocado = 2. pear <- 'ripe' |).
                std = (| traits = (| integer = 0 parent. string = '' parent |) |).
                at: i Put: v = ( v ).
                at: i = ( i ).
            |)
            """,
            """
            0 parent _AddSlots: (|
                printLine = ( self ). printString = ( self ). to: a Do: b = ( a ). to: a By: b Do: c = ( b ).
                + n = ( self ). ++ n = ( self ). < n = ( self ).
            |)
            """,
            "'' parent _AddSlots: (| size = ( 0 ). isEmpty = ( true ) |)",
        ]
        for text in setUp {
            guard case .value = vm.evaluate(text) else {
                Issue.record("the test world did not load: \(text)")
                break
            }
        }
        return (vm, SelectorCompleter(vm: vm))
    }

    /// The insertions offered at the end of `before`.
    static func insertions(_ completer: SelectorCompleter, _ before: String) -> [String] {
        completer.completions(of: "", after: before)
    }

    @Test("a word that starts an expression gets the lobby's selectors, keywords by their first part")
    func lobby() {
        let (_, completer) = Self.makeWorld()
        #expect(Self.insertions(completer, "do") == ["double:"])
        #expect(Self.insertions(completer, "an") == ["answer"])
        #expect(Self.insertions(completer, "a") == ["answer", "at:"])
        #expect(Self.insertions(completer, "x at: std a") == [])
        #expect(Self.insertions(completer, "3 + an") == ["answer"])
        #expect(Self.insertions(completer, "(an") == ["answer"])
        #expect(Self.insertions(completer, "foo. an") == ["answer"])
    }

    @Test("assignable slots offer their setter")
    func setters() {
        let (_, completer) = Self.makeWorld()
        #expect(Self.insertions(completer, "coun") == ["counter", "counter:"])
        #expect(Self.insertions(completer, "box pe") == ["pear", "pear:"])
        #expect(Self.insertions(completer, "box ap") == ["apple"])
    }

    @Test("a chain of constant and assignable slots is followed by reading them")
    func chains() {
        let (_, completer) = Self.makeWorld()
        #expect(Self.insertions(completer, "box a") == ["apple", "avocado"])
        #expect(Self.insertions(completer, "std traits in") == ["integer"])
        #expect(Self.insertions(completer, "std traits integer pr") == ["printLine", "printString"])
        #expect(Self.insertions(completer, "counter pr") == ["printLine", "printString"])
        #expect(Self.insertions(completer, "box pear si") == ["size"])
        #expect(Self.insertions(completer, "self an") == ["answer"])
    }

    @Test("literals are receivers: integers, strings, floats, blocks")
    func literals() {
        let (_, completer) = Self.makeWorld()
        #expect(Self.insertions(completer, "3 pr") == ["printLine", "printString"])
        #expect(Self.insertions(completer, "'abc' si") == ["size"])
        #expect(Self.insertions(completer, "'it\\'s' is") == ["isEmpty"])
        #expect(Self.insertions(completer, "[ ] val") == ["value"])
        #expect(Self.insertions(completer, "[ :x | x ] val") == ["value:"])
        #expect(Self.insertions(completer, "[ :x :y | [ :z | z ] ] val") == ["value:"])
        #expect(Self.insertions(completer, "12345678901234567890 pr") == ["printLine", "printString"])
    }

    @Test("a method ends the chain: nothing is offered after it, and it does not run")
    func methodsDoNotRun() {
        let (vm, completer) = Self.makeWorld()
        #expect(Self.insertions(completer, "bump ").isEmpty)
        #expect(Self.insertions(completer, "counter bump ").isEmpty)
        #expect(Self.insertions(completer, "bump bump co").isEmpty)
        #expect(Self.insertions(completer, "spin ").isEmpty)
        #expect(Self.insertions(completer, "spin sp").isEmpty)
        #expect(Self.insertions(completer, "'abc' size pr").isEmpty)
        guard case .value(let counter) = vm.evaluate("counter") else {
            Issue.record("counter could not be read")
            return
        }
        #expect(counter == Value(integer: 0))
    }

    @Test("unknown receivers offer nothing", arguments: ["nosuch ", "(3 + 4) ", "Foo ", "obj _Clone ", "x _Foo a"])
    func unknownReceivers(before: String) {
        let (_, completer) = Self.makeWorld()
        #expect(Self.insertions(completer, before).isEmpty)
    }

    @Test("whole keyword selectors: the first part, then the next one after an argument")
    func keywords() {
        let (_, completer) = Self.makeWorld()
        #expect(Self.insertions(completer, "1 t") == ["to:"])
        let result = completer.complete(before: "1 to")
        #expect(result.candidates.map(\.selector) == ["to:By:Do:", "to:Do:"])
        #expect(result.candidates.map(\.insertion) == ["to:", "to:"])
        #expect(result.commonInsertion == "to:")
        #expect(Self.insertions(completer, "1 to: 5 D") == ["Do:"])
        #expect(Self.insertions(completer, "1 to: 5 B") == ["By:"])
        #expect(Self.insertions(completer, "1 to: 5 By: 2 D") == ["Do:"])
        #expect(Self.insertions(completer, "1 to: (3 + 4) D") == ["Do:"])
        #expect(Self.insertions(completer, "at: 3 P") == ["Put:"])
        #expect(Self.insertions(completer, "1 to: 5 ").contains("Do:"))
        // A keyword message's receiver is the whole binary expression before it.
        #expect(Self.insertions(completer, "2 + 1 t").isEmpty)
        #expect(Self.insertions(completer, "(3 + 4) to: 5 D").isEmpty)
    }

    @Test("operators get binary selectors of the receiver")
    func binary() {
        let (_, completer) = Self.makeWorld()
        #expect(Self.insertions(completer, "3 +") == ["+", "++"])
        #expect(Self.insertions(completer, "3 <") == ["<"])
        #expect(Self.insertions(completer, "x at: 3 +") == ["+", "++"])
        #expect(Self.insertions(completer, "3 + 4 +").isEmpty)
        #expect(Self.insertions(completer, "+").isEmpty)
    }

    @Test("a word starting with _ gets the primitives, by their first part")
    func primitives() {
        let (_, completer) = Self.makeWorld()
        #expect(Self.insertions(completer, "3 _IntAd") == ["_IntAdd:"])
        #expect(Self.insertions(completer, "_IntAd") == ["_IntAdd:"])
        let all = Self.insertions(completer, "_")
        #expect(all.count > 50)
        #expect(all.allSatisfy { $0.hasPrefix("_") })
        let result = completer.complete(before: "_IntAdd")
        #expect(result.candidates.first?.definedBy == "primitive")
    }

    @Test("a line starting with : gets the REPL commands")
    func commands() {
        let (_, completer) = Self.makeWorld()
        #expect(Self.insertions(completer, ":") == [":help", ":quit"])
        #expect(Self.insertions(completer, "  :q") == [":quit"])
        #expect(Self.insertions(completer, ":help x").isEmpty)
        completer.commandNames = [":help", ":quit", ":find", ":slots"]
        #expect(Self.insertions(completer, ":f") == [":find"])
        #expect(completer.complete(before: "  :q").wordStart == 2)
    }

    @Test("$N at the start of a chain is the result of an earlier input")
    func results() {
        let (vm, completer) = Self.makeWorld()
        guard case .value(let box) = vm.evaluate("box") else {
            Issue.record("box could not be read")
            return
        }
        #expect(Self.insertions(completer, "$1 a").isEmpty)
        completer.resultLookup = { $0 == 1 ? box : nil }
        #expect(Self.insertions(completer, "$1 a") == ["apple", "avocado"])
        #expect(Self.insertions(completer, "$1 pear si") == ["size"])
        #expect(Self.insertions(completer, "$2 a").isEmpty)
        #expect(Self.insertions(completer, "$1").isEmpty)
    }

    @Test("each candidate names the ancestor that defines it")
    func owners() {
        let (_, completer) = Self.makeWorld()
        let integer = completer.complete(before: "3 pr").candidates
        #expect(integer.map(\.display) == ["printLine  (std traits integer)", "printString  (std traits integer)"])
        let keyword = completer.complete(before: "1 to").candidates
        #expect(
            keyword.map(\.display) == ["to: _ By: _ Do: _  (std traits integer)", "to: _ Do: _  (std traits integer)"])
        let lobby = completer.complete(before: "coun").candidates
        #expect(lobby.map(\.display) == ["counter  (lobby)", "counter: _  (lobby)"])
        let box = completer.complete(before: "box a").candidates
        #expect(box.map(\.definedBy) == ["box", "box"])
        let block = completer.complete(before: "[ ] val").candidates
        #expect(block.map(\.display) == ["value  (block)"])
    }

    @Test("the word starts after brackets and operators; the result says where")
    func wordStart() {
        let (_, completer) = Self.makeWorld()
        #expect(completer.complete(before: "(an").wordStart == 1)
        #expect(completer.complete(before: "3+an").wordStart == 2)
        #expect(completer.complete(before: "3 +").wordStart == 2)
        #expect(completer.complete(before: "3 +").word == "+")
        #expect(completer.complete(before: "box ").word == "")
    }
}
