import SelfRuntime
import SelfShell
import Testing

/// `ResultPrinter`: what the REPL prints for each kind of outcome (cli.md §7).
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
        return ResultPrinter.output(for: vm.evaluate(text), in: vm)
    }

    @Test("true and false are printed as words")
    func booleans() {
        #expect(printed("0 _IntLT: 1") == "true\n")
        #expect(printed("1 _IntLT: 0") == "false\n")
    }

    @Test("nil prints nothing")
    func nilValue() {
        #expect(printed("_Nil") == nil)
    }

    @Test("other values print their _Inspect text")
    func inspected() {
        #expect(printed("3 _IntAdd: 4") == "<integer> 7\n")
        let vm = quietVM()
        guard case .value(let value) = vm.evaluate("'abc'") else {
            Issue.record("'abc' did not evaluate")
            return
        }
        #expect(ResultPrinter.text(for: value, in: vm) == vm.inspect(value))
        #expect(vm.inspect(value).contains("\"abc\""))
    }

    @Test("errors print nothing: the VM has reported them")
    func errors() {
        #expect(printed("nosuchSelector") == nil)
        let vm = quietVM()
        #expect(ResultPrinter.output(for: .compilationFailed, in: vm) == nil)
        #expect(ResultPrinter.output(for: .exited(3), in: vm) == nil)
    }
}
