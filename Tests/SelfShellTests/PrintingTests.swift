import SelfRuntime
import Testing

@testable import SelfShell

/// The brief form of results, definition acknowledgements, and `$N` references.
@Suite("printing: brief results, definitions, $N")
struct PrintingTests {
    /// A bare VM with reports off, its namer and printer.
    final class Session {
        let vm = VirtualMachine()
        let namer: ObjectNamer
        let printer: ResultPrinter
        init() {
            vm.suppressErrorReports = true
            namer = ObjectNamer(vm: vm)
            printer = ResultPrinter(vm: vm, namer: namer)
        }
        func value(_ text: String) -> Value {
            guard case .value(let value) = vm.evaluate(text) else {
                Issue.record("\(text) did not evaluate")
                return vm.memory.nilValue
            }
            namer.invalidate()
            return value
        }
        func brief(_ text: String) -> String { printer.brief(value(text)) }
    }

    @Test("integers, strings, booleans and nil in Self's own words")
    func literals() {
        let session = Session()
        #expect(session.brief("3 _IntAdd: 4") == "7")
        #expect(session.brief("'a\\'b\\nc'") == "'a\\'b\\nc'")
        #expect(session.brief("0 _IntLT: 1") == "true")
        #expect(session.brief("1 _IntLT: 0") == "false")
        #expect(session.brief("_Nil") == "nil")
        #expect(session.printer.text(for: session.value("_Nil")) == nil)
    }

    @Test("an unnamed object is summarised on one line; a named one by its path")
    func objects() {
        let session = Session()
        #expect(session.brief("(| x <- 3. y <- 4 |)") == "(| x <- 3. y <- 4 |)")
        #expect(session.brief("(| m = ( 1 ). o = (| a = 1 |) |)") == "(| m = (…). o = (|…|) |)")
        _ = session.value("_AddSlots: (| std = (| traits = (| integer = () |) |) |)")
        #expect(session.brief("std traits integer") == "std traits integer")
        #expect(session.brief("self") == "lobby")
        #expect(session.brief("[ 3 ]") == "[…]")
    }

    @Test("long summaries are cut with …")
    func cut() {
        let session = Session()
        let slots = (1...40).map { "slot\($0) <- \($0)" }.joined(separator: ". ")
        let text = session.brief("(| \(slots) |)")
        #expect(text.count == BriefPrinter.maximumLength)
        #expect(text.hasSuffix("…"))
    }

    @Test("a std vector prints as [3, 4], read from its items and size")
    func vectors() {
        let session = Session()
        _ = session.value("_AddSlots: (| std = (| traits = (| vector = () |) |) |)")
        _ = session.value("_AddSlots: (| v = (| p* = std traits vector. items <- 0. size <- 2 |) |)")
        let items = session.vm.memory.allocateArray(count: 3, fill: Value(integer: 3)).value
        _ = session.vm.evaluate("v items: $1", parsing: "v items: r1", name: "<input>", bindings: [("r1", items)])
        session.namer.invalidate()
        #expect(session.brief("v items") == "{3, 3, 3}")
        #expect(session.brief("v") == "[3, 3]")
        #expect(session.brief("v size: 0. v") == "[]")
    }

    @Test("definitions are recognised by parsing the input's last statement")
    func definitions() {
        #expect(
            DefinitionSummary.of("_AddSlots: (| counter <- 0. bump = ( 1 ) |)")
                == .addedSlots(["counter", "bump"], toLobby: true))
        #expect(DefinitionSummary.of("3. self _AddSlots: (| a |)") == .addedSlots(["a"], toLobby: true))
        #expect(DefinitionSummary.of("std _AddSlots: (| a |)") == .addedSlots(["a"], toLobby: false))
        #expect(DefinitionSummary.of("counter: 3") == .assignment("counter"))
        #expect(DefinitionSummary.of("'_AddSlots: (| a |)'") == nil)
        #expect(DefinitionSummary.of("x at: 1 Put: 2") == nil)
        #expect(DefinitionSummary.of("counter: 3. counter") == nil)
    }

    @Test("an assignment to a lobby slot answers name: value; other keyword sends do not")
    func assignmentLines() {
        let session = Session()
        _ = session.value("_AddSlots: (| counter <- 0. twice: x = ( x _IntAdd: x ) |)")
        let lobby = session.vm.memory.known.lobby
        let assigned = DefinitionSummary.assignment("counter")
        _ = session.value("counter: 3")
        #expect(assigned.line(value: lobby, vm: session.vm, printer: session.printer) == "counter: 3")
        #expect(
            DefinitionSummary.assignment("twice").line(
                value: Value(integer: 4), vm: session.vm, printer: session.printer)
                == nil)
        #expect(
            DefinitionSummary.addedSlots(["a", "b"], toLobby: true).line(
                value: lobby, vm: session.vm, printer: session.printer) == "added a, b")
    }

    @Test("$N is rewritten outside strings and comments, keeping every position")
    func references() {
        let rewrite = ResultReferences.rewrite("$1 _IntAdd: $12. '$3' \"$4\" $1")
        #expect(rewrite?.rewritten == "r1 _IntAdd: r12. '$3' \"$4\" r1")
        #expect(rewrite?.references.map(\.number) == [1, 12])
        #expect(ResultReferences.rewrite("'$1' \"$2\"") == nil)
        // An identifier of the input already called r1: another letter is used.
        #expect(ResultReferences.rewrite("r1: $1")?.rewritten == "r1: v1")
    }

    @Test("bound values are script arguments, also when a block captures them")
    func boundEvaluation() {
        let session = Session()
        let kept = session.value("'abc'")
        let outcome = session.vm.evaluate(
            "[ $1 ] value", parsing: "[ r1 ] value", name: "<input 2>", bindings: [("r1", kept)])
        guard case .value(let value) = outcome else {
            Issue.record("did not evaluate")
            return
        }
        #expect(value == kept)
    }

    @Test("kept results are roots: they survive collections that move young objects")
    func keptResultsMove() {
        let session = Session()
        let number = session.vm.shellRoots.keep(session.value("'kept' _ByteArrayCopySize: 4 FillingExtrasWith: 'x'"))
        // Well over a nursery of garbage.
        for _ in 0..<200_000 { _ = session.vm.memory.makeByteArray([UInt8](repeating: 1, count: 64)) }
        let value = session.vm.shellRoots.result(number)!
        #expect(session.vm.memory.string(value) == "kept")
        #expect(session.printer.brief(value) == "'kept'")
    }

    @Test("long output is cut after a page, :more shows the rest")
    func longOutput() {
        let output = LongOutput(pageLines: 2)
        #expect(output.show("a\nb\nc\nd\ne\n") == "a\nb\n… 3 more lines; :more shows them\n")
        #expect(output.more() == "c\nd\n… 1 more lines; :more shows them\n")
        #expect(output.more() == "e\n")
        #expect(output.more() == "Nothing more to show.\n")
        #expect(LongOutput(pageLines: 0).show("a\nb\n") == "a\nb\n")
    }
}
