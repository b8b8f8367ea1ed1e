import SelfRuntime
import Testing

/// Inline caches and the other fast paths must never outlive the definitions they
/// assumed: a send site that already ran sees a slot or parent change at once.
@Suite("Inline-cache invalidation")
struct InlineCacheTests {
    @Test("a lobby slot replaced with _AddSlots: is seen by a send site that already ran")
    func lobbySlotReplaced() {
        let t = TestVM()
        t.define("_AddSlots: (| m = ( 1 ). callM = ( m ) |)")
        #expect(t.integer("callM") == 1)
        #expect(t.integer("callM") == 1, "the site is now cached")
        t.define("_AddSlots: (| m = ( 2 ) |)")
        #expect(t.integer("callM") == 2)
    }

    @Test("a method replaced in a parent is seen by a site whose receiver's map did not change")
    func parentSlotReplaced() {
        let t = TestVM()
        t.define("_AddSlots: (| base = (| m = ( 1 ) |) |)")
        t.define("_AddSlots: (| derived = (| p* = base |). callM = ( derived m ) |)")
        #expect(t.integer("callM") == 1)
        #expect(t.integer("callM") == 1)
        t.define("base _AddSlots: (| m = ( 2 ) |)")
        #expect(t.integer("callM") == 2)
    }

    @Test("a slot added to a nearer ancestor shadows the cached one")
    func shadowing() {
        let t = TestVM()
        t.define(
            "_AddSlots: (| far = (| m = 1 |) |). _AddSlots: (| near = (| p* = far |) |).\n"
                + "_AddSlots: (| leaf = (| p* = near |). callM = ( leaf m ) |)")
        #expect(t.integer("callM") == 1)
        t.define("near _AddSlots: (| m = 2 |)")
        #expect(t.integer("callM") == 2)
    }

    @Test("an assignable parent of an ancestor changed by assignment is seen by a site that already ran")
    func ancestorParentAssigned() {
        let t = TestVM()
        t.define(
            """
            _AddSlots: (| one = (| m = 1 |). two = (| m = 2 |). middle = (| p* <- 0 |) |).
            _AddSlots: (| leaf = (| q* = middle |). callM = ( leaf m ). switchTo: x = ( middle p: x ) |)
            """)
        t.define("middle p: one")
        #expect(t.integer("callM") == 1)
        #expect(t.integer("callM") == 1)
        t.define("switchTo: two")
        #expect(t.integer("callM") == 2)
        t.define("leaf p: one")  // assignment through the parent chain from the leaf
        #expect(t.integer("callM") == 1)
    }

    @Test("a data slot read through a cached site follows assignments")
    func fieldSite() {
        let t = TestVM()
        t.define("_AddSlots: (| box = (| v <- 1 |) |). _AddSlots: (| heir = (| p* = box |). readV = ( heir v ) |)")
        #expect(t.integer("readV") == 1)
        t.define("box v: 5")
        #expect(t.integer("readV") == 5)
        t.heap.collectFull()  // the holder moved out of the nursery: the cache must not keep the old address
        t.define("box v: 6")
        #expect(t.integer("readV") == 6)
    }

    @Test("one site sees receivers of different maps correctly")
    func polymorphicSite() {
        let t = TestVM()
        t.define("_AddSlots: (| a = (| m = 1 |). b = (| m = 2 |). send: x = ( x m ) |)")
        #expect(t.integer("send: a") == 1)
        #expect(t.integer("send: b") == 2)
        #expect(t.integer("send: a") == 1)
        #expect(t.error("send: 3") == "Unknown selector \"m\"")
    }

    @Test("redefining an integer operation is seen by code that used the fast path")
    func integerOperationRedefined() {
        let t = TestVM()
        t.define("0 parent _AddSlots: (| + x = ( _IntAdd: x ) |)")
        t.define("_AddSlots: (| addition = ( 3 + 4 ) |)")
        #expect(t.integer("addition") == 7)
        #expect(t.integer("addition") == 7)
        t.define("0 parent _AddSlots: (| + x = ( 42 ) |)")
        #expect(t.integer("addition") == 42)
    }

    @Test("redefining a float operation is seen by code that used the float fast path, either operand order")
    func floatOperationRedefined() {
        let t = TestVM()
        t.define("0.0 parent _AddSlots: (| * x = ( _FloatMul: x ) |)")
        t.define("0 parent _AddSlots: (| * x = ( _IntMul: x ) |)")
        t.define("_AddSlots: (| product = ( (2.5 * 4) _FloatTruncated ). mixed = ( (4 * 2.5) _FloatTruncated ) |)")
        #expect(t.integer("product") == 10)
        #expect(t.integer("product") == 10)
        #expect(t.integer("mixed") == 10)
        t.define("0.0 parent _AddSlots: (| * x = ( 7.5 ) |)")
        #expect(t.integer("product") == 7)
        #expect(t.integer("mixed") == 10, "an integer receiver still uses its own method")
        t.define("0 parent _AddSlots: (| * x = ( 3.5 ) |)")
        #expect(t.integer("mixed") == 3)
    }

    @Test("a float literal operand of the fast path is a new object for each evaluation when the real send runs")
    func floatLiteralOperandIdentity() {
        let t = TestVM(booleans: true)
        t.define("0.0 parent _AddSlots: (| + x = ( self ) |)")
        t.define("0 parent _AddSlots: (| - x = ( x ) |)")
        t.define("_AddSlots: (| receiver = ( 1.5 + 2 ). argument = ( 2 - 1.5 ) |)")
        t.define("_AddSlots: (| a. b. c. d |)")
        #expect(t.integer("a: receiver. b: receiver. (a _Eq: b) ifTrue: [ 1 ] False: [ 0 ]") == 0)
        #expect(t.integer("c: argument. d: argument. (c _Eq: d) ifTrue: [ 1 ] False: [ 0 ]") == 0)
        #expect(t.integer("(a _Eq: a) ifTrue: [ 1 ] False: [ 0 ]") == 1)
        #expect(t.integer("(a _FloatAdd: c) _FloatTruncated") == 3, "both are 1.5")
    }

    @Test("redefining ifTrue:False: on true is seen by code where the compiler inlined it")
    func inlinedConditionalRedefined() {
        let t = TestVM(booleans: true)
        t.define("_AddSlots: (| choose = ( (0 _IntEq: 0) ifTrue: [ 1 ] False: [ 2 ] ) |)")
        #expect(t.integer("choose") == 1)
        t.define("(0 _IntEq: 0) _AddSlots: (| ifTrue: t False: f = ( 3 ) |)")
        #expect(t.integer("choose") == 3)
    }

    @Test("without a definition of ifTrue:False:, an inlined conditional is an unknown selector, as in ZigSelf")
    func inlinedConditionalUndefined() {
        let t = TestVM()
        #expect(t.error("(0 _IntEq: 0) ifTrue: [ 1 ] False: [ 2 ]") == "Unknown selector \"ifTrue:False:\"")
        #expect(t.error("[ (0 _IntEq: 1) ] whileTrue: [ 1 ]") == "Unknown selector \"whileTrue:\"")
    }

    @Test("a first definition of ifTrue:False: that differs from the usual one is obeyed by inlined code")
    func inlinedConditionalFirstDefinition() {
        let t = TestVM()
        t.define("(0 _IntEq: 0) _AddSlots: (| ifTrue: t False: f = ( f value ) |)")
        #expect(t.integer("(0 _IntEq: 0) ifTrue: [ 1 ] False: [ 2 ]") == 2)
    }
}
