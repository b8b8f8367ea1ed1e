/// Programs for the `actors` family. (Placeholder until the generator lands.)
public enum ActorProgramGenerator {
    /// One complete script.
    public static func program(_ random: inout FuzzRandom) -> String {
        "nil"
    }
}
