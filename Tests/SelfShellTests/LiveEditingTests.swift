import Foundation
import SelfRuntime
import SelfShell
import Testing

/// The live-editing journal (`LobbyJournal`, `LiveEditing`): what each kind of change
/// to the lobby records, `:undo`, `:save` and loading what it wrote, and that the
/// journal's values survive collections.
@Suite("live editing")
struct LiveEditingTests {
    /// A bare VM driven the way the shell drives it: journal before and after each
    /// input.
    final class Session {
        let vm = VirtualMachine()
        let namer: ObjectNamer
        let editing: LiveEditing
        var inputs = 0

        init() {
            vm.suppressErrorReports = true
            namer = ObjectNamer(vm: vm)
            editing = LiveEditing(vm: vm, namer: namer) { value in
                value.isInteger ? String(value.integer) : "an object"
            }
            _ = vm.evaluate("_AddSlots: (| lobby = self. nil = _Nil |)")
        }

        @discardableResult
        func input(_ text: String) -> [LobbyChange] {
            inputs += 1
            editing.journal.willEvaluate()
            _ = vm.evaluate(text, name: "<input \(inputs)>")
            return editing.journal.didEvaluate(input: inputs, sources: SlotSources.definitions(in: text))
        }

        func integer(_ text: String) -> Int64? {
            if case .value(let value) = vm.evaluate(text), value.isInteger { return value.integer }
            return nil
        }
    }

    @Test("adding, assigning and removing lobby slots are recorded, with the definitions' text")
    func recording() {
        let s = Session()
        let added = s.input("_AddSlots: (| counter <- 0. twice: x = ( x _IntAdd: x ) |)")
        #expect(added.map(\.name).sorted() == ["counter", "twice:"])
        #expect(added.allSatisfy { $0.kind == .added && $0.input == 1 })
        #expect(added.first { $0.name == "counter" }?.source == "counter <- 0")
        #expect(added.first { $0.name == "twice:" }?.source == "twice: x = ( x _IntAdd: x )")
        let assigned = s.input("counter: 5")
        #expect(assigned.count == 1)
        #expect(assigned.first?.kind == .changed)
        #expect(assigned.first?.source == nil)
        #expect(s.input("3 _IntAdd: 4").isEmpty, "an input that changes nothing records nothing")
        let removed = s.input("lobby _RemoveSlotNamed: 'twice:'")
        #expect(removed.map(\.kind) == [.removed])
        #expect(s.editing.changesText().contains("- twice:"))
        #expect(s.editing.changesText().contains("~ counter <- 5   (was 0)"))
    }

    @Test(":undo reverts the last input's changes, one input at a time")
    func undo() {
        let s = Session()
        s.input("_AddSlots: (| counter <- 0. k = 7 |)")
        s.input("counter: 5")
        s.input("_AddSlots: (| k = 8. extra = 1 |)")
        s.input("lobby _RemoveSlotNamed: 'counter'")
        #expect(s.integer("counter") == nil)
        #expect(s.editing.undoText() == "Undid input 4: counter.\n")
        #expect(s.integer("counter") == 5)
        #expect(s.editing.undoText() == "Undid input 3: k, extra.\n")
        #expect(s.integer("k") == 7)
        #expect(s.integer("extra") == nil)
        #expect(s.editing.undoText() == "Undid input 2: counter.\n")
        #expect(s.integer("counter") == 0)
        #expect(s.integer("counter: 9. counter") == 9, "the restored slot is still assignable")
        _ = s.editing.undoText()
        #expect(s.integer("k") == nil)
        #expect(s.editing.undoText() == "Nothing to undo.\n")
    }

    @Test("journaled values survive collections")
    func survivesCollections() {
        let s = Session()
        s.input("_AddSlots: (| box <- (| v <- 41 |) |)")
        s.input("box: (| v <- 42 |)")
        s.vm.memory.heap.collectYoung()
        s.vm.memory.heap.collectFull()
        #expect(s.integer("box v") == 42)
        #expect(s.editing.undoText() == "Undid input 2: box.\n")
        s.vm.memory.heap.collectFull()
        #expect(s.integer("box v") == 41)
    }

    @Test(":save writes a file that defines the slots again in a fresh VM")
    func saveAndLoad() throws {
        let s = Session()
        s.input("_AddSlots: (| counter <- 0. label <- 'it\\'s'. twice: x = ( x _IntAdd: x ). gone = 1 |)")
        s.input("counter: 12")
        s.input("lobby _RemoveSlotNamed: 'gone'")
        let path = NSTemporaryDirectory() + "swiftself-save-\(getpid()).self"
        defer { unlink(path) }
        #expect(s.editing.save(to: path) == "Saved 3 definitions to \(path).\n")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("counter <- 12."), "an assigned value with a literal form is written as it is now")
        #expect(text.contains("twice: x = ( x _IntAdd: x )."))
        #expect(!text.contains("gone"))
        let fresh = Session()
        guard case .success(let loaded) = fresh.editing.load(path) else {
            Issue.record("cannot load \(path)")
            return
        }
        fresh.input(loaded)
        #expect(fresh.integer("counter") == 12)
        #expect(fresh.integer("twice: 21") == 42)
        #expect(fresh.integer("label _ByteArraySize") == 4)
    }

    @Test(":edit runs the editor on the slot's definition and answers the edited text")
    func edit() throws {
        let s = Session()
        s.input("_AddSlots: (| area = ( 6 ) |)")
        // A stand-in editor: replaces the body's number.
        let editor = "sed -i 's/( 6 )/( 7 )/'"
        guard case .success(let text) = s.editing.edit("area", editor: editor) else {
            Issue.record("the edit failed")
            return
        }
        #expect(text == "_AddSlots: (|\n    area = ( 7 )\n|).\n")
        s.input(text)
        #expect(s.integer("area") == 7)
        #expect(s.editing.edit("area", editor: "true") == .failure(LiveEditingError("No change.")))
        #expect(s.editing.edit("area", editor: "false").isFailure)
    }
}

extension Result {
    var isFailure: Bool {
        if case .failure = self { return true }
        return false
    }
}
