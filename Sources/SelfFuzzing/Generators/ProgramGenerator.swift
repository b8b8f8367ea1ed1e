/// Programs for the `generate` family. (Placeholder until the generator lands.)
public enum ProgramGenerator {
    /// One complete script.
    public static func program(_ random: inout FuzzRandom) -> String {
        "3 + 4"
    }
}
