import SelfRuntime
import Testing

/// Maps: slot layout, field indices, sharing between clones, and new maps from
/// `_AddSlots:`.
@Suite("Maps")
struct MapTests {
    @Test("a map built from slots keeps their order, kinds and values; fields are numbered in order")
    func builtMap() {
        let vm = VirtualMachine()
        let memory = vm.memory
        let a = memory.selectors.intern("a")
        let b = memory.selectors.intern("b")
        let c = memory.selectors.intern("c")
        let p = memory.selectors.intern("p")
        let map = memory.makeMap(slots: [
            MapSlot(name: a, kind: .assignable, value: .empty),
            MapSlot(name: b, kind: .constant, value: Value(integer: 7)),
            MapSlot(name: p, kind: .constantParent, value: memory.known.lobby),
            MapSlot(name: c, kind: .assignableParent, value: .empty),
        ])
        #expect(map.kind == .map)
        #expect(map.isOld, "maps live in the old space")
        #expect(map.map == memory.known.mapMap)
        #expect(map.mapSlotCount == 4)
        #expect(map.mapFieldCount == 2)
        #expect(map.mapFlags & MapFlags.hasParents != 0)
        #expect(map.mapFlags & MapFlags.fieldsOutOfLine == 0)
        #expect((0..<4).map { map.mapSlotName($0) } == [a, b, p, c])
        #expect((0..<4).map { map.mapSlotKind($0) } == [.assignable, .constant, .constantParent, .assignableParent])
        #expect(map.mapSlotField(0) == 0)
        #expect(map.mapSlotField(3) == 1)
        #expect(map.mapSlotValue(1) == Value(integer: 7))
        #expect(map.mapSlotValue(2) == memory.known.lobby)
        #expect(map.mapIndex(of: c) == 3)
        #expect(map.mapIndex(of: memory.selectors.intern("zork")) == nil)
        #expect(map.sizeInWords == MapLayout.firstSlot + 4 * MapLayout.wordsPerSlot)

        let plain = memory.makeMap(slots: [MapSlot(name: a, kind: .constant, value: Value(integer: 1))])
        #expect(plain.mapFlags & MapFlags.hasParents == 0)
        #expect(plain.mapFieldCount == 0)
    }

    @Test("an object literal's assignable slots are its fields, in slot order")
    func objectLiteral() throws {
        let t = TestVM()
        let value = try #require(t.value("(| a <- 10. k = 20. b <- 30. q* = 40 |)"))
        let object = value.object
        let map = object.map
        #expect(object.kind == .slots)
        #expect(map.mapSlotCount == 4)
        #expect(map.mapFieldCount == 2)
        let names = (0..<4).map { t.memory.selectors.name(map.mapSlotName($0)) }
        #expect(names == ["a", "k", "b", "q"])
        #expect(map.mapSlotKind(0) == .assignable)
        #expect(map.mapSlotKind(1) == .constant)
        #expect(map.mapSlotKind(3) == .constantParent)
        #expect(map.mapSlotField(0) == 0)
        #expect(map.mapSlotField(2) == 1)
        #expect(t.memory.field(object, 0) == Value(integer: 10))
        #expect(t.memory.field(object, 1) == Value(integer: 30))
        #expect(map.mapSlotValue(1) == Value(integer: 20))
        #expect(object.sizeInWords >= 2 + map.mapFieldCount)
    }

    @Test("clones, and objects of one literal evaluated twice, share their map")
    func sharing() throws {
        let t = TestVM()
        t.define("_AddSlots: (| make = ( (| a <- 1. b = 2 |) ) |)")
        let first = t.heap.protect(try #require(t.value("make")))
        let second = t.heap.protect(try #require(t.value("make")))
        let clone = t.heap.protect(try #require(t.value("make _Clone")))
        let handles = t.heap.handles
        #expect(handles[first] != handles[second], "two objects")
        #expect(handles[first].object.map == handles[second].object.map)
        #expect(handles[first].object.map == handles[clone].object.map)
        t.heap.handles.removeAll()
    }

    @Test("_AddSlots: gives the object a new map and keeps its identity; fields may move out of line")
    func addSlots() throws {
        let t = TestVM()
        t.define("_AddSlots: (| grow = (| a <- 1. k = 2 |) |)")
        let handle = t.heap.protect(try #require(t.value("grow")))
        let oldMap = t.heap.handles[handle].object.map
        t.define("grow _AddSlots: (| b <- 3. c <- 4. k = 5. a <- 6 |)")
        let grown = try #require(t.value("grow"))
        #expect(grown == t.heap.handles[handle], "the same object")
        let map = grown.object.map
        #expect(map != oldMap)
        let names = (0..<map.mapSlotCount).map { t.memory.selectors.name(map.mapSlotName($0)) }
        #expect(names == ["a", "k", "b", "c"], "a slot of the same name is replaced where it stands")
        #expect(t.integer("grow a") == 6)
        #expect(t.integer("grow k") == 5)
        #expect(t.integer("grow b") == 3)
        #expect(t.integer("grow c") == 4)
        #expect(map.mapFlags & MapFlags.fieldsOutOfLine != 0, "three fields do not fit in a one-field object")
        #expect(t.integer("(grow a: 7) a") == 7)
        t.heap.handles.removeAll()
    }
}
