/// Programs for the `primitives` family. (Placeholder until the generator lands.)
public enum PrimitiveCallGenerator {
    /// One complete script sending primitives from `names` (every primitive's name,
    /// with its underscore: `PrimitiveTable.names`).
    public static func program(_ random: inout FuzzRandom, names: [String]) -> String {
        "3 _IntAdd: 'a'"
    }
}
