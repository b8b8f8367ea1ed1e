/// The fuzzers' random numbers: SplitMix64, so that an input is a pure function of its
/// family, seed and index and can be made again to reproduce a finding.
public struct FuzzRandom {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// The generator for input `index` of a run with `seed`.
    public init(seed: UInt64, index: Int) {
        self.init(seed: seed &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03)
        _ = next()
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (`bound` > 0).
    public mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// A number in `range`.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// True with probability `numerator / denominator`.
    public mutating func chance(_ numerator: Int, in denominator: Int) -> Bool {
        below(denominator) < numerator
    }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ elements: [T]) -> T {
        elements[below(elements.count)]
    }

    /// A small number, usually very small: 0, 1, 2… with geometrically falling odds,
    /// at most `limit`.
    public mutating func small(limit: Int = 8) -> Int {
        var n = 0
        while n < limit && chance(1, in: 2) { n += 1 }
        return n
    }
}
