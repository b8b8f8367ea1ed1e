import SelfRuntime
import Testing

/// A VM without the world, for unit tests: evaluates Self text with the lobby as
/// `self` and checks the result. Runtime-error reports are turned off; the error
/// message comes back instead.
///
/// Values answered by `value(_:)` may be young objects: they move at the next
/// collection, so a test that keeps one across another evaluation protects it with
/// `heap.protect` and reads it back from `heap.handles`.
final class TestVM {
    /// The VM.
    let vm: VirtualMachine

    /// A fresh VM. With `booleans`, `true` and `false` get `ifTrue:False:` methods,
    /// so that scripts can branch without the world.
    init(booleans: Bool = false) {
        vm = VirtualMachine()
        vm.suppressErrorReports = true
        if booleans {
            define(
                """
                (0 _IntEq: 0) _AddSlots: (| ifTrue: t False: f = ( t value ) |).
                (0 _IntEq: 1) _AddSlots: (| ifTrue: t False: f = ( f value ) |).
                """)
        }
    }

    var memory: ObjectMemory { vm.memory }
    var heap: Heap { vm.memory.heap }

    /// How an evaluation ended, reduced for comparisons.
    enum Ending: Equatable, CustomStringConvertible {
        case value(Value)
        case compilationFailed
        case runtimeError(String)
        case exited(Int32)

        var description: String {
            switch self {
            case .value(let value): "value \(value.isInteger ? String(value.integer) : "object")"
            case .compilationFailed: "compilation failed"
            case .runtimeError(let message): "runtime error: \(message)"
            case .exited(let status): "exited with \(status)"
            }
        }
    }

    /// Evaluates `text` and says how it ended.
    @discardableResult
    func run(_ text: String) -> Ending {
        switch vm.evaluate(text, name: "<test>") {
        case .value(let value): .value(value)
        case .compilationFailed: .compilationFailed
        case .runtimeError(let error): .runtimeError(error.message)
        case .exited(let status): .exited(status)
        }
    }

    /// Evaluates set-up code, recording an issue when it does not evaluate.
    func define(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        _ = value(text, sourceLocation: sourceLocation)
    }

    /// The value of `text`, recording an issue when it does not evaluate.
    func value(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Value? {
        let ending = run(text)
        guard case .value(let value) = ending else {
            Issue.record("\(text): \(ending)", sourceLocation: sourceLocation)
            return nil
        }
        return value
    }

    /// The integer value of `text`, or nil (with an issue recorded) when it is not one.
    func integer(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Int64? {
        guard let value = value(text, sourceLocation: sourceLocation) else { return nil }
        guard value.isInteger else {
            Issue.record("\(text): not an integer", sourceLocation: sourceLocation)
            return nil
        }
        return value.integer
    }

    /// The message of the runtime error `text` raises, or nil (with an issue recorded).
    func error(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        let ending = run(text)
        guard case .runtimeError(let message) = ending else {
            Issue.record("\(text): expected a runtime error, got \(ending)", sourceLocation: sourceLocation)
            return nil
        }
        return message
    }

    /// The selector id of a name.
    func selector(_ name: String) -> Int32 { vm.memory.selectors.intern(name) }

    /// A VM with the world loaded (so the guards of inlined forms hold), without
    /// runtime-error reports; an issue is recorded if the world does not load.
    static func withWorld(sourceLocation: SourceLocation = #_sourceLocation) throws -> VirtualMachine {
        let vm = VirtualMachine()
        vm.suppressErrorReports = true
        let world = try #require(WorldLocation.find(explicit: nil), sourceLocation: sourceLocation)
        #expect(vm.loadWorld(from: world) == nil, sourceLocation: sourceLocation)
        return vm
    }
}
