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
/// the loop goes on; an unknown selector gets a hint after the report.
///
/// Inputs are named `<input N>` in reports, N counting every evaluation (a command's
/// expression included). Printed results are numbered (`$1 = 7`) and kept as roots
/// (`VirtualMachine.shellRoots`) for `$N` in later inputs.
public final class Shell {
    /// The VM that evaluates inputs.
    private let vm: VirtualMachine
    /// Where inputs come from.
    private let reader: InputReader
    /// Printed once before the first prompt, only at a terminal.
    private let greeting: String?
    /// Path names of objects reachable from the lobby.
    private let namer: ObjectNamer
    /// The brief form of values.
    private let printer: ResultPrinter
    /// Long command output, cut after a screenful at a terminal.
    private let longOutput: LongOutput
    /// Evaluations so far (the N of `<input N>`).
    private var inputCount = 0
    /// The journal of changes to the lobby and its commands.
    private let editing: LiveEditing
    /// The stepping mode's prompt between actor resumes.
    private lazy var stepper = ActorStepper(vm: vm, editor: reader.editor, printer: printer) { [unowned self] in
        self.write($0, $1)
    }

    public init(vm: VirtualMachine, editor: LineEditor, greeting: String? = nil) {
        self.vm = vm
        self.reader = InputReader(editor: editor)
        self.greeting = greeting
        namer = ObjectNamer(vm: vm)
        printer = ResultPrinter(vm: vm, namer: namer)
        longOutput = LongOutput(pageLines: editor.isInteractive ? Shell.screenLines() : 0)
        editing = LiveEditing(vm: vm, namer: namer, describe: { [printer] in printer.text(for: $0) ?? "nil" })
        _ = stepper
        vm.shellRoots.capturesUnknownSelectors = true
    }

    /// The lines of one screenful of output: the terminal's rows less two (for the
    /// note and the prompt), 22 when they cannot be read.
    static func screenLines() -> Int {
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 4 else { return 22 }
        return Int(size.ws_row) - 2
    }

    /// The value numbered `number` (`$number`), for completion and commands.
    public func result(_ number: Int) -> Value? { vm.shellRoots.result(number) }

    /// A shell on this process's standard input: libedit with selector completion at
    /// a terminal, plain lines otherwise.
    public static func standard(vm: VirtualMachine, greeting: String? = nil) -> Shell {
        let completer = SelectorCompleter(vm: vm)
        // `$N` receivers complete against the kept results; commands by their names.
        completer.resultLookup = { [unowned vm] in vm.shellRoots.result($0) }
        completer.commandNames = ShellCommand.names
        return Shell(vm: vm, editor: LineEditors.standard(completer: completer), greeting: greeting)
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
                // libedit leaves the cursor after the abandoned text; say why it stops
                // there. A plain terminal (TERM=dumb) has echoed the ^C itself.
                write(1, reader.editor is EditLineEditor ? "^C\n" : "\n")
            case .command(let text):
                if let status = perform(ShellCommand(text)) { return status }
            case .source(let text):
                reader.editor.remember(text)
                if let status = run(text) { return status }
            }
        }
    }

    /// Evaluates an input and prints its result; answers an exit status when the
    /// session ends.
    private func run(_ text: String, name: String? = nil) -> Int32? {
        let outcome = evaluate(text, name: name)
        if case .exited(let status) = outcome { return status }
        guard case .value(let value) = outcome else { return nil }
        if let summary = DefinitionSummary.of(text),
            let line = summary.line(value: value, vm: vm, printer: printer)
        {
            write(1, line + "\n")
        } else if let shown = printer.printedValue(of: outcome), let text = printer.text(for: shown) {
            let number = vm.shellRoots.keep(shown)
            write(1, "$\(number) = \(text)\n")
        }
        return nil
    }

    /// Runs a command; answers an exit status when the session ends.
    private func perform(_ command: ShellCommand) -> Int32? {
        let outliner = Outliner(vm: vm, namer: namer, printer: printer)
        switch command {
        case .help:
            write(1, ShellCommand.helpText)
        case .quit:
            return 0
        case .more:
            write(1, longOutput.more())
        case .changes:
            write(1, longOutput.show(editing.changesText()))
        case .undo:
            write(1, editing.undoText())
            namer.invalidate()
        case .save(let path):
            write(1, editing.save(to: path))
        case .load(let path):
            switch editing.load(path) {
            case .success(let text): return run(text, name: path)
            case .failure(let error): write(2, error.message + "\n")
            }
        case .step(let on):
            write(1, stepper.arm(on))
        case .schedule:
            write(1, stepper.scheduleText())
        case .saveSchedule(let path):
            write(1, stepper.saveSchedule(to: path))
        case .replay(let argument):
            let (text, failed) = stepper.armReplay(argument)
            write(failed ? 2 : 1, text)
        case .edit(let slot):
            switch editing.edit(slot) {
            case .success(let text):
                reader.editor.remember(text)
                return run(text)
            case .failure(let error): write(2, error.message + "\n")
            }
        case .usage(let message):
            write(2, message + "\n")
        case .unknown(let name):
            write(2, "Unknown REPL command '\(name)'; :help lists the commands.\n")
        case .find(let text):
            write(1, longOutput.show(outliner.find(text)))
        case .inspect(let expression):
            let outcome = evaluate(expression)
            if case .exited(let status) = outcome { return status }
            guard case .value(let value) = outcome else { return nil }
            write(1, longOutput.show(outliner.inspect(value, number: vm.shellRoots.keep(value))))
        case .source(let expression, let selector), .whereIs(let expression, let selector):
            let outcome = evaluate(expression)
            if case .exited(let status) = outcome { return status }
            guard case .value(let value) = outcome else { return nil }
            if case .source = command {
                write(1, longOutput.show(outliner.source(selector, from: value)))
            } else {
                write(1, outliner.whereIs(selector, from: value))
            }
        }
        return nil
    }

    /// Evaluates one input (or a command's expression) as `<input N>`, with `$N`
    /// bound to kept results, Ctrl-C stopping it at a terminal; after an unknown
    /// selector, prints the hint.
    private func evaluate(_ text: String, name fileName: String? = nil) -> EvaluationOutcome {
        inputCount += 1
        let name = fileName ?? "<input \(inputCount)>"
        var bindings: [(name: String, value: Value)] = []
        let references = ResultReferences.rewrite(text)
        for reference in references?.references ?? [] {
            guard let value = vm.shellRoots.result(reference.number) else {
                let count = vm.shellRoots.results.count
                let kept =
                    count == 0 ? "no results are kept yet" : count == 1 ? "only $1 is kept" : "$1 to $\(count) are kept"
                write(2, "No result $\(reference.number) in \(name): \(kept).\n")
                return .compilationFailed
            }
            bindings.append((reference.name, value))
        }
        let interactive = reader.editor.isInteractive
        var previous = sigaction()
        if interactive {
            Interrupt.requested.store(false, ordering: .relaxed)
            EditLineCallbacks.installEvaluationInterruptHandler(saving: &previous)
        }
        vm.shellRoots.clearUnknownSelector()
        editing.journal.willEvaluate()
        let outcome =
            if let references {
                vm.evaluate(text, parsing: references.rewritten, name: name, bindings: bindings)
            } else {
                vm.evaluate(text, name: name)
            }
        if interactive { _ = sigaction(SIGINT, &previous, nil) }
        editing.journal.didEvaluate(input: inputCount, sources: SlotSources.definitions(in: text, name: name))
        if let note = stepper.sessionEnded() { write(1, note) }
        namer.invalidate()
        if case .runtimeError(let error) = outcome, vm.shellRoots.unknownSelector >= 0 {
            let selector = vm.memory.selectors.name(vm.shellRoots.unknownSelector)
            if error.message == "Unknown selector \"\(selector)\"" {
                var hint = SelectorSuggestions.hint(
                    selector: selector, receiver: vm.shellRoots.unknownSelectorReceiver, vm: vm, printer: printer)
                hint += SplitKeywordHint.hint(selector: selector, input: text, vm: vm, namer: namer) ?? ""
                write(2, hint)
            }
        }
        vm.shellRoots.clearUnknownSelector()
        return outcome
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
