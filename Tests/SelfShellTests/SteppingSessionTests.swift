import Foundation
import Testing

/// The stepping mode end to end (`:step`, the `step>` prompt, `:schedule`), through
/// the REPL on piped input with the real world, whose scheduler holds the prompt
/// before each resume (`_SchedulerWillResume:`).
@Suite("REPL stepping through actors")
struct SteppingSessionTests {
    /// A pinger that sends a ponger three pings and waits for the three pongs
    /// (docs/actors.md §1).
    static let pingPong = """
        _AddSlots: (| pinger = (| parent* = std traits actor. \
        ponger = (| parent* = std traits actor. ping: n = ( sender pong: n * 10 ). main = ( yield ) |). \
        total <- 0. pong: n = ( total: total + n ). \
        main = ( | p | p: ponger spawn. 1 through: 3 Do: [| :i | p ping: i ]. \
        [ total < 60 ] whileTrue: [ yield ]. ('total: ', total asString) printLine ) |) |)
        """

    func session(_ input: String) throws -> ShellProcess.Result { try ShellProcess.realWorldSession(input) }

    @Test("stops before each resume; lists actors and mailboxes; runs until a condition; continues")
    func stepping() throws {
        let result = try session(
            Self.pingPong + "\n"
                + """
                :step
                std scheduler startWith: pinger
                until mailbox 3 2
                actors
                mailbox 3
                until delivered pong:
                mailbox 2
                continue
                :schedule
                3 + 4

                """)
        #expect(result.status == 0)
        let out = result.standardOutput
        #expect(out.contains("Stepping is on"))
        #expect(out.contains("[resume 1] next: actor #2\n"))
        #expect(out.contains("(actor #3's mailbox holds 2 or more now)\n"))
        #expect(out.contains("> #3    ready       none           3"), "the actor about to run, with 3 messages")
        #expect(out.contains("  1. ping:  (1)  from #2\n  2. ping:  (2)  from #2\n  3. ping:  (3)  from #2\n"))
        #expect(out.contains("(a pong: message is in a mailbox now)\n"))
        #expect(out.contains("  1. pong:  (10)  from #3\n"))
        #expect(out.contains("total: 60\n"))
        #expect(out.contains("Resumed, in order: #2 "))
        #expect(out.hasSuffix("$1 = 7\n"), "the shell goes on after actor mode")
        #expect(result.standardError == "")
    }

    @Test("abort ends actor mode with a report; lobby edits made after it are in effect in the next session")
    func abortAndNextSession() throws {
        let result = try session(
            """
            _AddSlots: (| stepper = (| parent* = std traits actor. main = ( 0 to: 3 Do: [| :i | yield ] ) |) |)
            :step
            std scheduler startWith: stepper
            step 2
            abort
            stepper _AddSlots: (| main = ( 'edited' printLine ) |)
            std scheduler startWith: stepper
            continue
            :step off
            std scheduler startWith: stepper

            """)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("[resume 1] next: actor #2\n[resume 3] next: actor #2\n"))
        #expect(result.standardError.contains("Actor mode aborted from the REPL"))
        #expect(
            result.standardOutput.components(separatedBy: "edited\n").count == 3, "both later sessions ran the edit")
        #expect(result.standardOutput.contains("Stepping is off.\n"))
    }

    @Test("step commands that are wrong say so and the prompt stays")
    func wrongCommands() throws {
        let result = try session(
            """
            _AddSlots: (| stepper = (| parent* = std traits actor. main = ( yield ) |) |)
            :step
            std scheduler startWith: stepper
            bogus
            step zero
            until nothing
            mailbox 99
            help
            continue

            """)
        #expect(result.standardError.contains("Unknown step command 'bogus'"))
        #expect(result.standardError.contains("Usage: step [N]"))
        #expect(result.standardError.contains("Usage: until dies ID"))
        #expect(result.standardOutput.contains("No actor #99 in this session."))
        #expect(result.standardOutput.contains("until delivered SEL"))
    }

    @Test("eval runs an expression in the genesis with its context as self; an error in it ends only it")
    func evaluateInTheGenesis() throws {
        let result = try session(
            """
            _AddSlots: (| stepper = (| parent* = std traits actor. main = ( 0 to: 3 Do: [| :i | yield ] ) |) |)
            :step
            std scheduler startWith: stepper
            = 3 + 4
            eval initialSelector
            = self nosuch
            = (
            = readyQueue size
            continue
            5 + 6

            """)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("[resume 1] next: actor #2\n= 7\n= 'spawnEntrypoint'\n= 0\n"))
        #expect(result.standardError.contains("Unknown selector \"nosuch\""))
        #expect(result.standardError.contains("in the genesis actor"))
        #expect(result.standardError.contains("<step 4>:1:2: Error: Expected primary expression"))
        #expect(result.standardOutput.hasSuffix("$1 = 11\n"), "actor mode went on to its end, then the shell")
    }

    /// Two writers spawned in turn, then both told to go, each send the racer a
    /// letter: the scheduler's order prints `ba` (the second writer runs first after
    /// the racer's messages); resuming the first writer there instead prints `ab`.
    static let race = """
        _AddSlots: (| race = (| parent* = std traits actor. log <- ''. \
        writer = (| parent* = std traits actor. name <- ''. go = ( sender note: name ). main = ( yield ) |). \
        note: s = ( log: log, s ). \
        main = ( | a. b | a: (writer copy name: 'a') spawn. b: (writer copy name: 'b') spawn. a go. b go. \
        [ log size < 2 ] whileTrue: [ yield ]. log printLine ) |) |)
        """

    @Test("pick resumes another ready actor; :replay reproduces that run in the next session, from a file too")
    func pickAndReplay() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("schedule-\(getpid()).txt").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = try session(
            Self.race + "\n"
                + """
                :step
                std scheduler startWith: race
                step 4
                pick 3
                continue
                :schedule
                :schedule save \(file)
                :replay
                std scheduler startWith: race
                :step off
                std scheduler startWith: race
                :replay \(file)
                std scheduler startWith: race
                :replay 2 2 3 9
                std scheduler startWith: race
                continue
                :schedule

                """)
        #expect(result.status == 0)
        let out = result.standardOutput
        #expect(
            out.contains("[resume 5] next: actor #4\n[resume 6] next: actor #4\nab\n"), "the picked writer wrote first")
        #expect(out.contains("Resumed, in order: #2 #2 #3 #2 #3 "))
        #expect(out.contains("Saved a schedule of "))
        let replayed = out.components(separatedBy: "ab\n(replayed ").count - 1
        #expect(replayed == 2, "both replays (the last schedule, the file) printed ab")
        #expect(out.contains("1 overriding the scheduler's choice; actor mode ended)\n"))
        #expect(out.contains("Numbered within the session (the genesis is 1), as :replay takes them: 2 2 3 "))
        #expect(out.contains("ba\nThe next session"), "without stepping, the scheduler's own order")
        #expect(out.contains("(the replay departs at resume 4: actor #"))
        #expect(out.contains(" is not spawned yet; stepping from here, after replaying 3 of 4 resumes"))
        let saved = try String(contentsOfFile: file, encoding: .utf8)
        #expect(saved.hasPrefix("# A SwiftSelf actor schedule"))
        #expect(saved.contains("\n2 2 3 2 3 "))
        #expect(result.standardError == "")
    }

    @Test("pick and :replay refuse what cannot be resumed or read")
    func pickAndReplayErrors() throws {
        let result = try session(
            Self.race + "\n"
                + """
                :replay
                :replay 1 2
                :replay /nonexistent/schedule
                :step
                std scheduler startWith: race
                pick 99
                pick
                step 7
                pick 3
                continue

                """)
        #expect(result.status == 0)
        let err = result.standardError
        #expect(err.contains("No stepped session has run yet: nothing to replay.\n"))
        #expect(err.contains("Actor numbers start at 2 (1 is the genesis, which is never resumed).\n"))
        #expect(err.contains("Cannot read '/nonexistent/schedule': No such file or directory.\n"))
        #expect(err.contains("No actor #99 in this session.\n"))
        #expect(err.contains("Usage: pick ID\n"))
        #expect(err.contains("Actor #3 is dead, not ready.\n"), "the first writer has finished")
        #expect(result.standardOutput.contains("ba\n"))
    }
}
