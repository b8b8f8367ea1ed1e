import Foundation
import Testing

/// Running out of memory (issue 8, defect 4): with the heaps limited to 64 MiB, a
/// program that keeps everything it allocates gets the runtime error "Out of memory"
/// with its stack trace and exit status 1, instead of the process aborting; the
/// REPL survives it and goes on.
@Suite struct HeapLimitTests {
    static let hoarder = """
        (| parent* = std traits singleton.
           run = ( | keep |
               keep: std vector copyRemoveAll.
               [ true ] whileTrue: [ keep add: ('x' copySize: 10000) ] ) |) run.
        'never' printLine.

        """

    @Test("A program over the heap limit gets a runtime error and exit status 1")
    func programOverTheLimit() throws {
        let scratch = try ScratchDirectory()
        let script = try scratch.write("hoard.self", Self.hoarder)
        let result = try scratch.run("--heap-limit", "64", script)
        #expect(result.status == 1)
        #expect(result.standardOutput == "")
        #expect(
            result.standardError.hasPrefix(
                "Received error at top level: Out of memory: the heaps reached their limit of 64 MiB\n"))
        #expect(result.standardError.contains("  at run (hoard.self"))
    }

    @Test("Recursion that allocates without any loop meets the limit when its stack deepens")
    func recursionOverTheLimit() throws {
        let scratch = try ScratchDirectory()
        let script = try scratch.write(
            "dig.self",
            """
            (| parent* = std traits singleton.
               dig: n With: held = ( dig: n + 1 With: (| next <- held. data <- ('x' copySize: 100000) |) ) |)
                   dig: 0 With: nil.

            """)
        let result = try scratch.run("--heap-limit", "64", script)
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("Received error at top level: Out of memory"))
    }

    @Test("The environment sets the limit too, and a program within it is not affected")
    func environmentLimit() throws {
        let scratch = try ScratchDirectory()
        let script = try scratch.write("small.self", "(3 + 4) asString printLine.\n")
        let hoard = try scratch.write("hoard.self", Self.hoarder)
        let small = try scratch.run(script: script, after: "SELF_HEAP_LIMIT=64 ")
        #expect(small.status == 0, "\(small.standardError)")
        #expect(small.standardOutput == "7\n")
        let over = try scratch.run(script: hoard, after: "SELF_HEAP_LIMIT=64 ")
        #expect(over.status == 1)
        #expect(over.standardError.contains("Out of memory"))
    }
}
