import SelfRuntime
import SelfShell
import Testing

/// `ResultPrinter`: what the REPL prints for each kind of outcome (docs/repl.md,
/// "Results"); the brief forms themselves are in `PrintingTests`.
@Suite("printing results")
struct ResultPrinterTests {
    /// A VM with no world, and error reports off so that tests print nothing.
    func quietVM() -> VirtualMachine {
        let vm = VirtualMachine()
        vm.suppressErrorReports = true
        return vm
    }

    func printed(_ text: String) -> String? {
        let vm = quietVM()
        let printer = ResultPrinter(vm: vm, namer: ObjectNamer(vm: vm))
        return printer.printedValue(of: vm.evaluate(text)).flatMap { printer.text(for: $0) }
    }

    @Test("true and false are printed as words")
    func booleans() {
        #expect(printed("0 _IntLT: 1") == "true")
        #expect(printed("1 _IntLT: 0") == "false")
    }

    @Test("nil prints nothing")
    func nilValue() {
        #expect(printed("_Nil") == nil)
    }

    @Test("other values print their brief form")
    func brief() {
        #expect(printed("3 _IntAdd: 4") == "7")
        #expect(printed("'abc'") == "'abc'")
    }

    @Test("errors print nothing: the VM has reported them")
    func errors() {
        #expect(printed("nosuchSelector") == nil)
        let vm = quietVM()
        let printer = ResultPrinter(vm: vm, namer: ObjectNamer(vm: vm))
        #expect(printer.printedValue(of: .compilationFailed) == nil)
        #expect(printer.printedValue(of: .exited(3)) == nil)
    }
}
