import SelfRuntime

/// Makes input `index` of a family: a pure function of the family, the seed, the index
/// and the corpus, so that any input can be made again from those four.
public struct FuzzInputs {
    /// The corpus that mutations start from.
    public let corpus: Corpus

    public init(corpus: Corpus) {
        self.corpus = corpus
    }

    /// The bytes of one input.
    public func input(_ family: FuzzFamily, seed: UInt64, index: Int) -> [UInt8] {
        var random = FuzzRandom(seed: seed ^ UInt64(family.hashSeed), index: index)
        switch family {
        case .parse, .mutate:
            return Mutator(corpus: corpus).mutant(&random, forRunning: family == .mutate)
        case .generate:
            return Array(ProgramGenerator.program(&random).utf8)
        case .primitives:
            return Array(PrimitiveCallGenerator.program(&random, names: PrimitiveTable.names).utf8)
        case .actors:
            return Array(ActorProgramGenerator.program(&random).utf8)
        }
    }
}

extension FuzzFamily {
    /// A fixed number per family, so that two families with one seed differ.
    var hashSeed: Int {
        FuzzFamily.allCases.firstIndex(of: self)! &* 0x5851_F42D
    }
}
