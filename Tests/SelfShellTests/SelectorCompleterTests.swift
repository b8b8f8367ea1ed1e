import SelfRuntime
import SelfShell
import Testing

/// `SelectorCompleter`: what Tab offers, and which receivers it dares to evaluate.
@Suite("selector completion")
struct SelectorCompleterTests {
    @Test(
        "the receiver is a chain of unary sends, possibly after one literal",
        arguments: [
            ("std traits ", "std traits"),
            ("std ", "std"),
            ("x at: std traits ", "std traits"),
            ("3 + std ", "std"),
            ("(std ", "std"),
            ("3 factorial ", "3 factorial"),
            ("'abc' ", "'abc'"),
            ("'abc' size ", "'abc' size"),
            ("'abc'", "'abc'"),
            ("  lobby  ", "lobby"),
        ])
    func simpleReceivers(before: String, receiver: String) {
        #expect(SelectorCompleter.receiverText(before: before) == receiver)
    }

    @Test(
        "anything else means the lobby",
        arguments: [
            "", "   ", "std", "(", "x at: ", "3 + ", "foo.", "obj _Clone ", "Put ", "'it\\'s' ", "[ ",
            "12345678901234567890 ",
        ])
    func noReceiver(before: String) {
        #expect(SelectorCompleter.receiverText(before: before) == nil)
    }

    @Test("keyword selectors are offered by their first part; binary ones not at all")
    func matching() {
        let selectors = ["at:", "at:Put:", "atEnd", "+", "size", "_Clone", "parent"]
        #expect(SelectorCompleter.matching("at", among: selectors) == ["at:", "atEnd"])
        #expect(SelectorCompleter.matching("", among: selectors) == ["_Clone", "at:", "atEnd", "parent", "size"])
        #expect(SelectorCompleter.matching("_", among: selectors) == ["_Clone"])
        #expect(SelectorCompleter.matching("zz", among: selectors).isEmpty)
    }

    @Test("completions come from the lobby or from the evaluated receiver")
    func completions() {
        let vm = VirtualMachine()
        vm.suppressErrorReports = true
        _ = vm.evaluate("_AddSlots: (| answer = 42. double: x = (x _IntAdd: x). box = (| apple = 1. avocado = 2 |) |)")
        let completer = SelectorCompleter(vm: vm)
        #expect(completer.completions(of: "do", after: "") == ["double:"])
        #expect(completer.completions(of: "a", after: "3 + ") == ["answer"])
        #expect(completer.completions(of: "a", after: "box ") == ["apple", "avocado"])
        #expect(completer.completions(of: "a", after: "nosuch ").isEmpty)
    }
}
