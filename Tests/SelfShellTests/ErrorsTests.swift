import SelfRuntime
import Testing

@testable import SelfShell

/// The hints after an unknown selector (docs/repl.md, "Errors").
@Suite("errors that teach")
struct ErrorsTests {
    @Test("close selectors: small edit distance, or a shared keyword part")
    func close() {
        let understood = ["ifTrue:False:", "ifTrue:", "printString", "size", "at:Put:"]
        #expect(SelectorSuggestions.close(to: "ifFalse:", among: understood).contains("ifTrue:False:"))
        #expect(SelectorSuggestions.close(to: "prntString", among: understood) == ["printString"])
        #expect(SelectorSuggestions.close(to: "at:put:", among: understood) == ["at:Put:"])
        #expect(SelectorSuggestions.close(to: "zork", among: understood) == [])
        #expect(SelectorSuggestions.editDistance(Array("kitten".utf8), Array("sitting".utf8)) == 3)
    }

    @Test("the VM captures the receiver and selector of an unknown selector, as a root")
    func capture() {
        let vm = VirtualMachine()
        vm.suppressErrorReports = true
        vm.shellRoots.capturesUnknownSelectors = true
        _ = vm.evaluate("_AddSlots: (| p = (| x = 1. size = 2 |) |)")
        guard case .runtimeError(let error) = vm.evaluate("p sise") else {
            Issue.record("no error")
            return
        }
        #expect(error.message == "Unknown selector \"sise\"")
        #expect(vm.memory.selectors.name(vm.shellRoots.unknownSelector) == "sise")
        let namer = ObjectNamer(vm: vm)
        let hint = SelectorSuggestions.hint(
            selector: "sise", receiver: vm.shellRoots.unknownSelectorReceiver, vm: vm,
            printer: ResultPrinter(vm: vm, namer: namer))
        #expect(hint == "Hint: the receiver is p.\nHint: it understands size.\n")
    }

    @Test("nothing is captured unless the shell asks")
    func noCapture() {
        let vm = VirtualMachine()
        vm.suppressErrorReports = true
        _ = vm.evaluate("nosuch")
        #expect(vm.shellRoots.unknownSelector == -1)
    }
}
