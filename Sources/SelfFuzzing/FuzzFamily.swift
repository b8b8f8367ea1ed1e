/// The kinds of input the fuzzers make (docs/robustness.md, "Fuzzing").
public enum FuzzFamily: String, CaseIterable, Sendable {
    /// Mutated corpus text (tests, world, examples) and random bytes: parsed and
    /// compiled, never run.
    case parse
    /// Mutated corpus text, compiled and run with the world loaded.
    case mutate
    /// Generated programs: non-local returns, recursion, redefined inlined selectors,
    /// huge literals, deep object graphs (`ProgramGenerator`).
    case generate
    /// Every primitive sent with receivers and arguments of every kind
    /// (`PrimitiveCallGenerator`).
    case primitives
    /// Generated actor programs: genesis, spawning, messages, blessing, errors in
    /// actors (`ActorProgramGenerator`).
    case actors

    /// Whether inputs of this family run (else they are only compiled).
    public var runs: Bool { self != .parse }
}
