import SelfRuntime
import Testing

/// Compiled code is freed by full collections when nothing can run it any more
/// (`CodeLifetime.swift`), and kept while a method, block or frame can.
@Suite("Compiled code lifetime")
struct CodeLifetimeTests {
    @Test("evaluated strings leave no code behind: the code table and its memory stay flat")
    func evaluationsAreFreed() {
        let test = TestVM()
        test.vm.memory.heap.collectFull()
        let codesBefore = test.vm.liveCodeCount
        let bytesBefore = test.heap.externalBytes
        for round in 0..<2_000 {
            #expect(
                test.integer("(| a = \(round). m: x = ( [| :y | y _IntAdd: a ] value: x ) |) m: 1") == Int64(round + 1))
        }
        #expect(test.vm.liveCodeCount > codesBefore + 1_000)
        test.vm.memory.heap.collectFull()
        #expect(test.vm.liveCodeCount == codesBefore)
        #expect(test.heap.externalBytes == bytesBefore)
    }

    @Test("a loop that only evaluates strings collects by itself")
    func evaluationLoopCollects() {
        let test = TestVM(booleans: true)
        // Full collections are due after 1 MiB of old objects and code (64 MiB by
        // default): about 2,000 evaluations.
        test.heap.minimumFullCollectionThreshold = 1 << 20
        let fullBefore = test.heap.fullCollections
        test.define(
            """
            _AddSlots: (| total <- 0. count <- 0.
                loop = (
                    (count _IntEq: 20000) ifTrue: [ ^ total ] False: [ 0 ].
                    total: total _IntAdd: ('3 _IntAdd: 4' _EvaluateStringIfFail: [ 0 ]).
                    count: count _IntAdd: 1.
                    _Restart ) |)
            """)
        #expect(test.integer("loop") == 140_000)
        #expect(test.heap.fullCollections > fullBefore)
        #expect(test.vm.liveCodeCount < 1_000)
    }

    @Test("what an evaluated string defined keeps its code: methods, blocks, lazily compiled methods")
    func definitionsSurvive() {
        let test = TestVM(booleans: true)
        test.define("_AddSlots: (| eager = ( [| :x | x _IntAdd: 1 ] value: 41 ) |)")
        test.define("_AddSlots: (| local = (| s <- 'abc' | s _ByteArraySize ) |)")
        test.define(
            "_AddSlots: (| lazy: n = ( (n _IntLT: 1) ifTrue: [ 0 ] False: [ n _IntAdd: (lazy: n _IntSub: 1) ] ) |)")
        test.define("_AddSlots: (| kept <- 0 |)")
        test.define("kept: [| :y | y _IntMul: 2 ]")
        for _ in 0..<3 {
            test.vm.memory.heap.collectFull()
            // New code takes the freed slots and memory.
            for round in 0..<200 { test.define("(| v = \(round) |) v") }
        }
        #expect(test.integer("eager") == 42)
        #expect(test.integer("local") == 3)
        #expect(test.integer("lazy: 10") == 55)
        #expect(test.integer("kept value: 21") == 42)
        test.vm.memory.heap.collectFull()
        #expect(test.integer("lazy: 4") == 10)
    }

    @Test("code goes with the last object that could run it")
    func codeGoesWithItsBlock() {
        let test = TestVM()
        test.define("_AddSlots: (| kept <- 0 |)")
        test.vm.memory.heap.collectFull()
        let before = test.vm.liveCodeCount
        test.define("kept: [| :y | [ y ] ]")
        test.vm.memory.heap.collectFull()
        // The block's code and the block inside it; the script that made them is gone.
        #expect(test.vm.liveCodeCount == before + 2)
        test.define("kept: 0")
        test.vm.memory.heap.collectFull()
        #expect(test.vm.liveCodeCount == before)
    }
}
