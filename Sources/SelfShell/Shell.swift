import SelfRuntime
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The REPL loop: read an input, evaluate it in the global actor with the lobby as
/// `self`, print the result, carry on (cli.md §7; docs/repl.md).
///
/// Nothing typed ends the session except Ctrl-D (or the end of piped input), `:quit`,
/// or `_Exit:`. Parse and runtime errors are reported by the VM on standard error and
/// the loop goes on.
public final class Shell {
    /// The VM that evaluates inputs.
    private let vm: VirtualMachine
    /// Where inputs come from.
    private let reader: InputReader
    /// Printed once before the first prompt, only at a terminal.
    private let greeting: String?

    public init(vm: VirtualMachine, editor: LineEditor, greeting: String? = nil) {
        self.vm = vm
        self.reader = InputReader(editor: editor)
        self.greeting = greeting
    }

    /// A shell on this process's standard input: libedit with selector completion at
    /// a terminal, plain lines otherwise.
    public static func standard(vm: VirtualMachine, greeting: String? = nil) -> Shell {
        Shell(vm: vm, editor: LineEditors.standard(completer: SelectorCompleter(vm: vm)), greeting: greeting)
    }

    /// Runs the session and returns the exit status: 0 at the end of input or on
    /// `:quit`, the status given to `_Exit:` otherwise.
    public func run() -> Int32 {
        let interactive = reader.editor.isInteractive
        if interactive, let greeting { write(1, greeting + "\n") }
        while true {
            switch reader.next() {
            case .endOfInput:
                // Leave the terminal's prompt on a fresh line after libedit's "^D".
                if interactive { write(1, "\n") }
                return 0
            case .interrupted:
                // libedit leaves the cursor after the abandoned text; say why it stops there.
                write(1, "^C\n")
            case .command(let text):
                switch ShellCommand(text) {
                case .help:
                    write(1, ShellCommand.helpText)
                case .quit:
                    return 0
                case .unknown(let name):
                    write(2, "Unknown REPL command '\(name)'; :help lists the commands.\n")
                }
            case .source(let text):
                reader.editor.remember(text)
                var previous = sigaction()
                if interactive {
                    Interrupt.requested.store(false, ordering: .relaxed)
                    EditLineCallbacks.installEvaluationInterruptHandler(saving: &previous)
                }
                let outcome = vm.evaluate(text)
                if interactive { _ = sigaction(SIGINT, &previous, nil) }
                if case .exited(let status) = outcome { return status }
                if let output = ResultPrinter.output(for: outcome, in: vm) {
                    write(1, output)
                }
            }
        }
    }

    /// Writes all of `text` to a descriptor, unbuffered, so that results and the VM's
    /// reports interleave in the order they were made.
    private func write(_ fd: Int32, _ text: String) {
        var text = text
        text.withUTF8 { buffer in
            guard var pointer = buffer.baseAddress else { return }
            var left = buffer.count
            while left > 0 {
                let written = Glibc.write(fd, pointer, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                pointer += written
                left -= written
            }
        }
    }
}
