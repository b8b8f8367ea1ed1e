/// Values the REPL keeps alive between inputs, as roots of the global heap.
///
/// The shell numbers the results it prints (`$1 = 7`) and lets later inputs use them;
/// a kept result may be a young object, which the next minor collection moves, so the
/// shell must not hold it in a Swift array of its own (heap invariant 3). Kept here,
/// every collection visits and updates it (`VirtualMachine.visitRoots`), in minor
/// and full collections alike.
///
/// Other parts of the shell keep values across inputs as *pins*: numbered slots that
/// are taken (`pin`), read (`pinned`), replaced (`repin`) and given back (`unpin`),
/// whose numbers are reused.
///
/// Also holds the receiver and selector of the last "Unknown selector" error raised
/// in the global actor, when `capturesUnknownSelectors` is on, so that the shell can
/// explain the error after the fact (`UnknownSelectorCapture.swift`). The receiver is a
/// root too: it may move between the error and the shell's question.
///
/// Only global-heap objects may be stored here (an actor's objects move and die with
/// its own heap, which does not visit these roots).
public final class ShellRoots {
    /// The kept values, by the shell's numbering (index 0 is `$1`).
    public private(set) var results: [Value] = []
    /// Whether `noteUnknownSelector` records anything (off except in the REPL).
    public var capturesUnknownSelectors = false
    /// The receiver of the last unknown selector, or `.empty` (integer 0) if none.
    public private(set) var unknownSelectorReceiver: Value = .empty
    /// The selector id of the last unknown selector, or −1 if none.
    public private(set) var unknownSelector: Int32 = -1

    /// Pinned values, by pin number (a free pin holds `.empty`).
    private var pins: [Value] = []
    /// Pin numbers given back, to reuse.
    private var freePins: [Int] = []

    init() {}

    /// Keeps `value` under a new pin number.
    public func pin(_ value: Value) -> Int {
        if let pin = freePins.popLast() {
            pins[pin] = value
            return pin
        }
        pins.append(value)
        return pins.count - 1
    }

    /// The value under `pin`.
    public func pinned(_ pin: Int) -> Value { pins[pin] }

    /// Replaces the value under `pin`.
    public func repin(_ pin: Int, _ value: Value) { pins[pin] = value }

    /// Gives `pin` back; its value is no longer kept.
    public func unpin(_ pin: Int) {
        pins[pin] = .empty
        freePins.append(pin)
    }

    /// Keeps a value; answers its number (1 for the first).
    public func keep(_ value: Value) -> Int {
        results.append(value)
        return results.count
    }

    /// The value numbered `number`, or nil.
    public func result(_ number: Int) -> Value? {
        number >= 1 && number <= results.count ? results[number - 1] : nil
    }

    /// Forgets the last unknown selector.
    public func clearUnknownSelector() {
        unknownSelectorReceiver = .empty
        unknownSelector = -1
    }

    /// Records an unknown selector (the interpreter's error path).
    func recordUnknownSelector(_ receiver: Value, _ selector: Int32) {
        unknownSelectorReceiver = receiver
        unknownSelector = selector
    }

    /// Visits every root; the visitor may update it.
    func visit(_ visit: (UnsafeMutablePointer<Value>) -> Void) {
        for index in results.indices { visit(&results[index]) }
        for index in pins.indices { visit(&pins[index]) }
        visit(&unknownSelectorReceiver)
    }
}
