import SelfRuntime
import Testing

/// `_HashIndex:Count:` (Primitives/HashIndex.swift), on hand-made arrays: the index
/// the world's rebuild loop in `std hashMap rehashTo:` makes, and nil, with nothing
/// written, whenever that loop would have to send something the VM does not know.
@Suite("Hash index")
struct HashIndexTests {
    /// A VM with integer `%` and `<` as the world defines them, an index `ix` of five
    /// free buckets (−1) and a hash array `hs` of four zeros.
    static func vm() -> TestVM {
        let t = TestVM()
        t.define("0 parent _AddSlots: (| % n = ( _IntMod: n ). < n = ( _IntLT: n ) |)")
        t.define(
            """
            _AddSlots: (| ix. hs. none = ( 0 _IntSub: 1 ) |).
            ix: ((0 _ArrayCopySize: 0 FillingExtrasWith: 0) _ArrayCopySize: 5 FillingExtrasWith: none).
            hs: ((0 _ArrayCopySize: 0 FillingExtrasWith: 0) _ArrayCopySize: 4 FillingExtrasWith: 0)
            """)
        return t
    }

    /// The index's buckets, as integers.
    static func buckets(_ t: TestVM) -> [Int64?] {
        (0..<5).map { t.integer("ix _ArrayAt: \($0)") }
    }

    @Test("each entry goes to the first free bucket from its hash, floored, wrapping around")
    func rebuilt() {
        let t = Self.vm()
        // Hashes 3, 8 (3 again), -2 (3 again, floored), 1.
        t.define(
            "hs _ArrayAt: 0 Put: 3. hs _ArrayAt: 1 Put: 8. hs _ArrayAt: 2 Put: (0 _IntSub: 2). hs _ArrayAt: 3 Put: 1")
        #expect(t.integer("(ix _HashIndex: hs Count: 4) _ArraySize") == 5, "answers the index")
        #expect(Self.buckets(t) == [2, 3, -1, 0, 1])
    }

    @Test("only the first count entries are stored; buckets already taken are passed")
    func counted() {
        let t = Self.vm()
        t.define("ix _ArrayAt: 2 Put: 7. hs _ArrayAt: 0 Put: 2. hs _ArrayAt: 1 Put: 2")
        t.define("ix _HashIndex: hs Count: 1")
        #expect(Self.buckets(t) == [-1, -1, 7, 0, -1])
        t.define("ix _HashIndex: hs Count: 0")
        #expect(Self.buckets(t) == [-1, -1, 7, 0, -1])
    }

    @Test("nil, writing nothing, when only the loop could decide")
    func undecided() {
        let t = Self.vm()
        t.define("hs _ArrayAt: 0 Put: 1. hs _ArrayAt: 1 Put: 'big'")
        #expect(t.run("ix _HashIndex: hs Count: 2") == .value(t.vm.memory.nilValue), "a hash that is not an integer")
        #expect(Self.buckets(t) == [-1, -1, -1, -1, -1])
        t.define("hs _ArrayAt: 1 Put: ((1 _IntShl: 61) _IntMul: 4)")
        #expect(t.run("ix _HashIndex: hs Count: 2") == .value(t.vm.memory.nilValue), "a big integer hash")
        t.define("hs _ArrayAt: 1 Put: 2. ix _ArrayAt: 4 Put: 'x'")
        #expect(t.run("ix _HashIndex: hs Count: 2") == .value(t.vm.memory.nilValue), "a bucket that is not an integer")
        t.define("ix _ArrayAt: 4 Put: 0. ix _ArrayAt: 3 Put: 0. ix _ArrayAt: 2 Put: 0. ix _ArrayAt: 1 Put: 0")
        #expect(t.run("ix _HashIndex: hs Count: 2") == .value(t.vm.memory.nilValue), "one free bucket, two entries")
        #expect(Self.buckets(t) == [-1, 0, 0, 0, 0])
        t.define("ix _ArrayAt: 1 Put: none")
        t.define("0 parent _AddSlots: (| % n = ( 0 ) |)")
        #expect(t.run("ix _HashIndex: hs Count: 2") == .value(t.vm.memory.nilValue), "integer % redefined")
        #expect(Self.buckets(t) == [-1, -1, 0, 0, 0])
    }

    @Test("arguments of the wrong kind and a count beyond the hashes are primitive errors")
    func errors() {
        let t = Self.vm()
        #expect(t.error("3 _HashIndex: hs Count: 1") == "Expected an array for receiver of _HashIndex:Count:")
        #expect(t.error("ix _HashIndex: 3 Count: 1") == "Expected an array for argument 1 of _HashIndex:Count:")
        #expect(t.error("ix _HashIndex: hs Count: 'x'") == "Expected integer for argument 2 of _HashIndex:Count:")
        #expect(
            t.error("ix _HashIndex: hs Count: 5")
                == "Count passed to _HashIndex:Count: is out of bounds (count: 5, hashes: 4)")
    }
}
