import SelfRuntime
import SelfSyntax
import Testing

/// A send whose result is moved into a local by the next instruction
/// (`SendSite.fusedMove`): the dispatch loop stores a result it finds in the cache
/// into both registers and skips the move; every other path runs the move.
@Suite("Send and move fusion")
struct SendFusionTests {
    @Test("cached constants, fields, ancestors' fields and array elements reach the local; so do method results")
    func results() {
        let t = TestVM(booleans: true)
        t.define("0 parent _AddSlots: (| + n = ( _IntAdd: n ). < n = ( _IntLT: n ) |)")
        t.define("(0 _ArrayCopySize: 0 FillingExtrasWith: 0) parent _AddSlots: (| at: i = ( _ArrayAt: i ) |)")
        t.define(
            """
            _AddSlots: (|
                proto = (| parent* = (| shared <- 5 |). own <- 2. seven = 7. twice: n = ( n + n ) |).
                list <- 0.
                turn = ( | o. x. y. z. w. v |
                    o: proto.
                    x: o own.
                    y: o shared.
                    z: o seven.
                    w: (list at: 1).
                    v: (o twice: 3).
                    x + y + z + w + v )
            |)
            """)
        t.define("list: ((0 _ArrayCopySize: 0 FillingExtrasWith: 0) _ArrayCopySize: 3 FillingExtrasWith: 4)")
        // 2 + 5 + 7 + 4 + 6: the first time from lookups, then from the caches.
        #expect(t.integer("turn") == 24)
        #expect(t.integer("turn") == 24)
        #expect(t.integer("turn") == 24)
        t.define("proto own: 12")
        #expect(t.integer("turn") == 34, "a changed field")
        t.define("proto parent shared: 15")
        #expect(t.integer("turn") == 44, "a changed ancestor's field")
        t.define("list _ArrayAt: 1 Put: 14")
        #expect(t.integer("turn") == 54, "a changed element")
        t.define("proto _AddSlots: (| seven = 17 |)")
        #expect(t.integer("turn") == 64, "a new epoch: the sends look up again")
        #expect(t.integer("turn") == 64)
    }

    @Test("the site notes the move; a send whose result is not moved notes nothing")
    func marked() throws {
        let t = TestVM()
        func fused() -> Int {
            t.vm.bytecodeListing().split(separator: "\n").filter { $0.contains(": send ") && $0.contains("+move") }
                .count
        }
        let before = fused()
        let source = SourceFile(name: "<fusion>", text: "_AddSlots: (| m = ( | x | x: 3 foo. 3 bar ) |)")
        _ = try t.vm.compile(source, skipShebang: false, directory: ".").get()
        #expect(fused() == before + 1, "only the send whose result goes into x")
    }
}
