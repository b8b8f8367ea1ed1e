import SelfRuntime
import Testing

/// Message lookup (language.md §7.4): own slots first, then parents depth first in
/// declaration order, the first match winning; cycles end; `x:` assigns `x`.
@Suite("Lookup")
struct LookupTests {
    @Test("own slots win over parents'")
    func ownFirst() {
        let t = TestVM()
        #expect(t.integer("(| p* = (| x = 2 |). x = 1 |) x") == 1)
    }

    @Test("parents are searched in declaration order, depth first, and the first match wins")
    func parentOrder() {
        let t = TestVM()
        #expect(t.integer("(| a* = (| x = 1 |). b* = (| x = 2 |) |) x") == 1)
        #expect(t.integer("(| b* = (| x = 2 |). a* = (| x = 1 |) |) x") == 2)
        // Depth first: the first parent's own parent comes before the second parent.
        #expect(t.integer("(| a* = (| deep* = (| x = 1 |) |). b* = (| x = 2 |) |) x") == 1)
        // A parent slot that appears after a data slot is still searched after own slots.
        #expect(t.integer("(| y = 5. a* = (| x = 1 |) |) x") == 1)
    }

    @Test("a method found in a parent runs with the original receiver as self")
    func receiverKept() {
        let t = TestVM()
        #expect(t.integer("(| p* = (| twice = ( v _IntAdd: v ) |). v = 21 |) twice") == 42)
    }

    @Test("lookup results, as the VM reports them")
    func resultKinds() throws {
        let t = TestVM()
        t.define("_AddSlots: (| parentObject = (| f <- 1. k = 2. m = ( 3 ) |) |)")
        t.define("_AddSlots: (| child = (| p* = parentObject. g <- 4 |) |)")
        let child = try #require(t.value("child"))
        #expect(t.vm.lookup(t.selector("g"), in: child).kind == .ownField)
        #expect(t.vm.lookup(t.selector("g:"), in: child).kind == .ownFieldAssignment)
        #expect(t.vm.lookup(t.selector("f"), in: child).kind == .holderField)
        #expect(t.vm.lookup(t.selector("f:"), in: child).kind == .holderFieldAssignment)
        #expect(t.vm.lookup(t.selector("k"), in: child).kind == .constant)
        #expect(t.vm.lookup(t.selector("k"), in: child).value == Value(integer: 2))
        #expect(t.vm.lookup(t.selector("k:"), in: child).kind == .notFound, "constants have no assignment slot")
        #expect(t.vm.lookup(t.selector("m"), in: child).kind == .method)
        #expect(t.vm.lookup(t.selector("zork"), in: child).kind == .notFound)
    }

    @Test("parent cycles end the lookup: found slots are found, missing ones are an error, nothing hangs")
    func cycles() {
        let t = TestVM()
        t.define("_AddSlots: (| cycleA = (| p* <- 0. a = 1 |) |). _AddSlots: (| cycleB = (| q* = cycleA. b = 2 |) |)")
        t.define("cycleA p: cycleB")
        #expect(t.integer("cycleA b") == 2, "through the cycle")
        #expect(t.integer("cycleB a") == 1)
        #expect(t.error("cycleA zork") == "Unknown selector \"zork\"")
        #expect(t.error("cycleB zork") == "Unknown selector \"zork\"")
        t.define("_AddSlots: (| selfish = (| me* <- 0 |) |). selfish me: selfish")
        #expect(t.error("selfish zork") == "Unknown selector \"zork\"")
    }

    @Test("an integer in a parent slot counts as a parent with no slots")
    func integerParent() {
        let t = TestVM()
        #expect(t.error("(| p* = 3 |) zork") == "Unknown selector \"zork\"")
        #expect(t.integer("(| p* = 3. a* = (| x = 7 |) |) x") == 7)
    }

    @Test("x: assigns the assignable slot x, of the receiver or of the ancestor that has it, and returns the receiver")
    func assignment() {
        let t = TestVM()
        t.define("_AddSlots: (| holder = (| x <- 1. k = 9 |) |). _AddSlots: (| heir = (| p* = holder |) |)")
        #expect(t.integer("holder x: 5. holder x") == 5)
        #expect(t.value("(holder x: 6) _Eq: holder") == t.memory.known.trueObject, "assignment returns the receiver")
        #expect(t.integer("heir x: 7. holder x") == 7, "the ancestor's slot is assigned")
        #expect(t.value("(heir x: 8) _Eq: heir") == t.memory.known.trueObject)
        #expect(t.error("holder k: 3") == "Unknown selector \"k:\"")
        #expect(t.integer("holder x") == 8)
    }

    @Test("assigning a parent slot changes later lookups")
    func parentAssignment() {
        let t = TestVM()
        t.define("_AddSlots: (| one = (| v = 1 |). two = (| v = 2 |). switcher = (| p* <- 0 |) |)")
        t.define("switcher p: one")
        #expect(t.integer("switcher v") == 1)
        t.define("switcher p: two")
        #expect(t.integer("switcher v") == 2)
    }

    @Test("unknown selectors are runtime errors naming the selector")
    func unknown() {
        let t = TestVM()
        #expect(t.error("3 zork") == "Unknown selector \"zork\"")
        #expect(t.error("3 zork: 4 With: 5") == "Unknown selector \"zork:With:\"")
        #expect(t.error("3 +++ 4") == "Unknown selector \"+++\"")
    }

    /// Regression (found by the generate fuzzer): a failed lookup followed every path
    /// through shared parents, 2^depth of them, and could not be interrupted.
    @Test(
        "a lattice of shared parents is searched once per object, so a failed lookup ends at once",
        .timeLimit(.minutes(1)))
    func diamondLattice() {
        let t = TestVM()
        t.define("_AddSlots: (| lattice <- 0 |). lattice: (| bottom = 7 |)")
        // Sixty levels, each with two parents that are both the level below.
        for _ in 0..<60 { t.define("lattice: (| a* = lattice. b* = lattice |)") }
        #expect(t.integer("lattice bottom") == 7)
        #expect(t.error("lattice nowhere") == "Unknown selector \"nowhere\"")
        // The first match in depth-first order still wins when the shared ancestor
        // is reached again later.
        t.define("_AddSlots: (| shared = (| x = 1 |) |)")
        #expect(t.integer("(| a* = (| p* = shared |). b* = (| x = 2 |). c* = shared |) x") == 1)
        #expect(t.integer("(| a* = (| p* = (| |) |). b* = (| x = 2 |). c* = shared |) x") == 2)
    }
}
