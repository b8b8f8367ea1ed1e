import Testing

@testable import SelfRuntime

/// The guards of inlined control forms (`validateControl`): with the world's own
/// definitions every form's guard holds, so inlined code never takes its fallback.
/// A change to how `( blk value )` compiles once made every conditional's guard fail
/// (the code still ran right, through the real sends, but several times slower).
@Suite("Inline guards")
struct InlineGuardTests {
    @Test("the world's ifTrue:, ifFalse:, &&, ||, whileTrue:, to:Do: … are recognised as the standard ones")
    func worldDefinitionsHold() throws {
        let vm = try TestVM.withWorld()
        vm.validateControl()
        for (index, selector) in InlineGuard.selectors.enumerated() {
            #expect(vm.controlValid & (1 << UInt64(index)) != 0, "the guard of \(selector) fails")
        }
    }

    @Test("a definition that differs from the standard one trips only its own guard")
    func otherDefinition() {
        let t = TestVM(booleans: true)
        t.vm.validateControl()
        #expect(t.vm.controlValid & (1 << UInt64(InlineGuard.ifTrueFalse)) != 0)
        t.define("(0 _IntEq: 0) _AddSlots: (| ifTrue: t False: f = ( f value ) |)")
        t.vm.validateControl()
        #expect(t.vm.controlValid & (1 << UInt64(InlineGuard.ifTrueFalse)) == 0)
    }
}
