import Foundation
import Testing

/// The REPL's printing and outliner against the project's own world, where `std`
/// lives in the lobby's parent `globals` (the small test world of `ShellProcess`
/// keeps it in the lobby itself, which hid the regression below).
@Suite("REPL with the real world")
struct RealWorldSessionTests {
    @Test("vectors print as [3, 4], traits by their path, and the outliner names holders")
    func printingAndOutliner() throws {
        let result = try ShellProcess.realWorldSession(
            """
            std vector copy add: 3; add: 4
            std traits integer
            :where 3 +
            :find isEmpty

            """)
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "$1 = [3, 4]", "a std vector found through the lobby's parents prints briefly")
        #expect(lines.contains("$2 = std traits integer"))
        #expect(lines.contains("+ is a method of std traits integer"))
        #expect(lines.contains { $0.hasPrefix("isEmpty") && $0.contains("std traits collection") })
        #expect(result.standardError == "")
    }
}
