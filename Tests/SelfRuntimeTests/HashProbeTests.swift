import SelfRuntime
import Testing

/// `_HashProbe:Hash:Keys:` (Primitives/HashProbe.swift), on hand-made indexes: the
/// answers of the world's probe loop for integer and string keys, and the index's
/// size whenever the loop would have to send something the VM does not know.
@Suite("Hash probe")
struct HashProbeTests {
    /// A VM with integer and string `=` as the world defines them, an index `ix` of
    /// four free buckets and a key array `ks` of three nils.
    static func vm() -> TestVM {
        let t = TestVM()
        t.define("0 parent _AddSlots: (| = n = ( _IntEq: n ) |)")
        t.define("'' parent _AddSlots: (| = s = ( _ByteArrayEq: s ) |)")
        t.define(
            """
            _AddSlots: (| ix. ks. none = ( 0 _IntSub: 1 ). hole = ( 0 _IntSub: 2 ) |).
            ix: ((0 _ArrayCopySize: 0 FillingExtrasWith: 0) _ArrayCopySize: 4 FillingExtrasWith: none).
            ks: ((0 _ArrayCopySize: 0 FillingExtrasWith: 0) _ArrayCopySize: 3 FillingExtrasWith: 0)
            """)
        return t
    }

    @Test("an empty index answers -1 - the home bucket; a stored key its entry; a passed key the next free bucket")
    func integers() {
        let t = Self.vm()
        #expect(t.integer("ix _HashProbe: 5 Hash: 5 Keys: ks") == -2, "bucket 1")
        t.define("ix _ArrayAt: 1 Put: 0. ks _ArrayAt: 0 Put: 5")
        #expect(t.integer("ix _HashProbe: 5 Hash: 5 Keys: ks") == 0)
        #expect(t.integer("ix _HashProbe: 9 Hash: 9 Keys: ks") == -3, "past entry 0 to bucket 2")
        #expect(t.integer("ix _HashProbe: 7 Hash: 7 Keys: ks") == -4, "bucket 3")
        #expect(t.integer("ix _HashProbe: 5 Hash: (0 _IntSub: 3) Keys: ks") == 0, "a negative hash, floored")
    }

    @Test("the first tombstone on the path is the bucket for a new key; the probe goes on past it")
    func tombstones() {
        let t = Self.vm()
        t.define("ix _ArrayAt: 1 Put: hole. ix _ArrayAt: 2 Put: 0. ks _ArrayAt: 0 Put: 5")
        #expect(t.integer("ix _HashProbe: 9 Hash: 1 Keys: ks") == -2, "the tombstone in bucket 1")
        #expect(t.integer("ix _HashProbe: 5 Hash: 1 Keys: ks") == 0, "found past the tombstone")
        t.define("ix _ArrayAt: 2 Put: hole. ix _ArrayAt: 3 Put: 0")
        #expect(t.integer("ix _HashProbe: 9 Hash: 1 Keys: ks") == -2, "the first of two, past an entry")
        t.define("ix _ArrayAt: 0 Put: hole")
        #expect(t.integer("ix _HashProbe: 9 Hash: 1 Keys: ks") == 4, "no free bucket at all: undecided")
    }

    @Test("string keys compare their bytes; a stored key of another kind is not equal to a string")
    func strings() {
        let t = Self.vm()
        t.define("ix _ArrayAt: 0 Put: 0. ix _ArrayAt: 1 Put: 1. ks _ArrayAt: 0 Put: 7. ks _ArrayAt: 1 Put: 'ab'")
        #expect(t.integer("ix _HashProbe: 'ab' Hash: 0 Keys: ks") == 1)
        #expect(t.integer("ix _HashProbe: 'abc' Hash: 0 Keys: ks") == -3)
    }

    @Test("the index's size when only a send could decide: another kind of key or stored key, a redefined =")
    func undecided() {
        let t = Self.vm()
        t.define("ix _ArrayAt: 1 Put: 0. ks _ArrayAt: 0 Put: 2.5")
        #expect(t.integer("ix _HashProbe: 5 Hash: 5 Keys: ks") == 4, "an integer key meets a float")
        #expect(t.integer("ix _HashProbe: 2.5 Hash: 1 Keys: ks") == 4, "a float key")
        #expect(t.integer("ix _HashProbe: ix Hash: 1 Keys: ks") == 4, "an array key")
        #expect(t.integer("ks _HashProbe: 5 Hash: 3 Keys: ks") == 3, "an index holding a non-integer")
        // A key's own `hash` may answer a big integer: the loop's `%` handles it.
        #expect(t.integer("ix _HashProbe: 5 Hash: ((1 _IntShl: 61) _IntMul: 4) Keys: ks") == 4, "a big-integer hash")
        t.define("0 parent _AddSlots: (| = n = ( false ) |)")
        #expect(t.integer("ix _HashProbe: 7 Hash: 7 Keys: ks") == 4, "integer = redefined")
        t.define("'' parent _AddSlots: (| = s = ( true ) |)")
        #expect(t.integer("ix _HashProbe: 'ab' Hash: 0 Keys: ks") == 4, "string = redefined")
    }

    @Test("arguments of the wrong kind are primitive errors")
    func errors() {
        let t = Self.vm()
        #expect(
            t.error("ix _HashProbe: 5 Hash: 'x' Keys: ks") == "Expected integer for argument 2 of _HashProbe:Hash:Keys:"
        )
        #expect(
            t.error("ix _HashProbe: 5 Hash: 5 Keys: 3") == "Expected an array for argument 3 of _HashProbe:Hash:Keys:")
        #expect(
            t.error("3 _HashProbe: 5 Hash: 5 Keys: ks") == "Expected an array for receiver of _HashProbe:Hash:Keys:")
    }
}
