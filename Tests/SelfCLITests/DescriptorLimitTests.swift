import Foundation
import Testing

/// Running out of descriptors (issue 8, defect 5): a program that opens files and
/// drops them without `_Close:` runs with only 64 descriptors allowed. On EMFILE the
/// VM collects the running actor's heap, whose unreachable handles close their
/// descriptors, and tries once more, so 5,000 opens succeed, in the global actor and
/// in a regular actor alike.
@Suite struct DescriptorLimitTests {
    static let opens = """
        (| parent* = std traits singleton.
           run = ( | count |
               count: 0.
               1 through: 5000 Do: [| :i |
                   _Open: '/dev/null' WithFlags: 0 IfFail: [| :e | _Error: 'open failed: ', e asString ].
                   count: count + 1 ].
               count asString printLine ) |) run.
        std scheduler startWith: (| parent* = std traits actor. main = ( | count |
            count: 0.
            1 through: 5000 Do: [| :i |
                _Open: '/dev/null' WithFlags: 0 IfFail: [| :e | _Error: 'open failed in an actor: ', e asString ].
                count: count + 1 ].
            count asString printLine ) |).

        """

    @Test("5,000 opens without closing succeed with 64 descriptors allowed")
    func opensBeyondTheLimit() throws {
        let scratch = try ScratchDirectory()
        let script = try scratch.write("opens.self", Self.opens)
        let result = try scratch.run(script: script, after: "ulimit -n 64 && ")
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == "5000\n5000\n")
    }
}
