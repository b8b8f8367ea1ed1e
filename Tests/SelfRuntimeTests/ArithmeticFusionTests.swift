import SelfRuntime
import SelfSyntax
import Testing

/// The fused arithmetic instruction + `move` of an assignment to a local
/// (`ArithmeticExtension.fusedMove`, docs/bytecode.md), and comparison + `jumpIfFalse`
/// (`fusedBranch`): marked by the code generator, and right on both paths, fast and
/// slow (Tests/Scripts/regressions/fused-comparison-branch.self runs the branches).
@Suite("Arithmetic and move fusion")
struct ArithmeticFusionTests {
    @Test("an assignment of an arithmetic result to a local is marked; a plain result is not")
    func marked() throws {
        let t = TestVM()
        func fused() -> Int { t.vm.bytecodeListing().components(separatedBy: "+move").count - 1 }
        let before = fused()
        // A slot assignment is a send: nothing to fuse; the product is only answered.
        let script = SourceFile(name: "<fusion>", text: "_AddSlots: (| x <- 0 |). x: 3. x: x + 4. x * 2")
        _ = try t.vm.compile(script, skipShebang: false, directory: ".").get()
        #expect(fused() == before)
        let local = SourceFile(name: "<fusion>", text: "_AddSlots: (| m = ( | x | x: 3. x: x + 4. x * 2 ) |)")
        _ = try t.vm.compile(local, skipShebang: false, directory: ".").get()
        #expect(fused() == before + 1, "only the assignment to the local")
    }

    @Test("a comparison tested by an inlined conditional or loop is marked; one only answered is not")
    func branchMarked() throws {
        let t = TestVM(booleans: true)
        func fused() -> Int { t.vm.bytecodeListing().components(separatedBy: "+branch").count - 1 }
        let before = fused()
        let answered = SourceFile(name: "<fusion>", text: "_AddSlots: (| m: x = ( x < 3 ) |)")
        _ = try t.vm.compile(answered, skipShebang: false, directory: ".").get()
        #expect(fused() == before)
        let tested = SourceFile(
            name: "<fusion>", text: "_AddSlots: (| n: x = ( x < 3 ifTrue: [ 1 ] False: [ 2 ] ) |)")
        _ = try t.vm.compile(tested, skipShebang: false, directory: ".").get()
        #expect(fused() == before + 1, "the condition of the inlined ifTrue:False:")
        let arithmetic = SourceFile(name: "<fusion>", text: "_AddSlots: (| k: x = ( | y | y: x + 1. y ) |)")
        _ = try t.vm.compile(arithmetic, skipShebang: false, directory: ".").get()
        #expect(fused() == before + 1, "not an arithmetic result moved into a local")
    }

    @Test("fused results are right on the fast path, after an overflow, for floats, and once + is redefined")
    func results() {
        let t = TestVM()
        t.define("0 parent _AddSlots: (| + n = ( _IntAdd: n ). < n = ( _IntLT: n ) |)")
        t.define("0.0 parent _AddSlots: (| + n = ( _FloatAdd: n ) |)")
        t.define(
            """
            _AddSlots: (| seven = ( | x | x: 3 + 4. x ).
            past = ( | x | x: 4611686018427387903 + 1. x _IntSub: 4611686018427387903 ).
            float = ( | x | x: 1.5 + 1. x _FloatTruncated ).
            chain = ( | x. y | x: 1. y: x + 1. x: x + y. x ) |)
            """)
        #expect(t.integer("seven") == 7)
        #expect(t.integer("past") == 1, "the slow path's send, then the move")
        #expect(t.integer("float") == 2)
        #expect(t.integer("chain") == 3)
        t.define("0 parent _AddSlots: (| + n = ( 40 ) |)")
        #expect(t.integer("seven") == 40)
    }

    @Test("a fused comparison whose true branch goes on to a forward jump takes it at once (+threaded)")
    func threadedTrue() throws {
        let vm = try TestVM.withWorld()
        // `(i < n) && [ j < m ]` as a loop's condition: the inner comparison ends the
        // conditional's branch, whose copied test goes on to the body by a jump.
        let text = """
            _AddSlots: (| steps: n = ( | i <- 0. j <- 0. k <- 0 |
                [ (i < n) && [ j < (n + n) ] ] whileTrue: [ i: i + 1. j: j + 3. k: k + 1 ].
                k ) |).
            ((steps: 10) * 100) + (steps: 3)
            """
        guard case .value(let value) = vm.evaluate(text, name: "<threaded>") else {
            Issue.record("the program did not evaluate")
            return
        }
        #expect(value.isInteger && value.integer == 702, "7 turns (j reaches 21), then 2 (j reaches 6)")
        #expect(vm.bytecodeListing().contains("+threaded"))
    }
}
