import Testing

@testable import SelfShell

/// `TerminalPolicy` and `TerminalLocale`: colour, editing and encoding decided from the
/// environment.
@Suite("terminal policy")
struct InputTerminalTests {
    func policy(
        _ variables: [String: String], input: Bool = true, output: Bool = true, error: Bool = true
    ) -> TerminalPolicy {
        TerminalPolicy(
            environment: { variables[$0] }, inputIsTerminal: input, outputIsTerminal: output,
            errorIsTerminal: error)
    }

    @Test("colour in reports when standard error is a terminal, unless NO_COLOR is set or TERM is dumb")
    func colour() {
        #expect(policy(["TERM": "xterm"]).colorReports)
        #expect(!policy(["TERM": "xterm"], error: false).colorReports)
        #expect(!policy(["TERM": "xterm", "NO_COLOR": "1"]).colorReports)
        #expect(!policy(["NO_COLOR": "no"]).colorReports)
        // An empty NO_COLOR does not count (no-color.org).
        #expect(policy(["TERM": "xterm", "NO_COLOR": ""]).colorReports)
        #expect(!policy(["TERM": "dumb"]).colorReports)
    }

    @Test("libedit at a terminal, prompted plain lines at a dumb one, plain lines from a pipe")
    func editing() {
        #expect(policy(["TERM": "xterm"]).editing == .lineEditor)
        #expect(policy([:]).editing == .lineEditor)
        #expect(policy(["TERM": "xterm", "NO_COLOR": "1"]).editing == .lineEditor)
        #expect(policy(["TERM": "dumb"]).editing == .plainPrompted)
        #expect(policy(["TERM": "dumb"], input: false).editing == .plain)
        #expect(policy(["TERM": "xterm"], input: false).editing == .plain)
    }

    @Test("bracketed paste only with libedit and standard output at a terminal")
    func bracketedPaste() {
        #expect(policy(["TERM": "xterm"]).bracketedPaste)
        #expect(!policy(["TERM": "xterm"], output: false).bracketedPaste)
        #expect(!policy(["TERM": "dumb"]).bracketedPaste)
        #expect(!policy(["TERM": "xterm"], input: false).bracketedPaste)
    }

    @Test("codeset names that mean UTF-8")
    func codesets() {
        #expect(TerminalLocale.isUTF8("UTF-8"))
        #expect(TerminalLocale.isUTF8("utf8"))
        #expect(!TerminalLocale.isUTF8("ANSI_X3.4-1968"))
        #expect(!TerminalLocale.isUTF8("ISO-8859-1"))
        #expect(!TerminalLocale.isUTF8(""))
    }

    @Test("after prepare(), LC_CTYPE is UTF-8 whatever the environment said")
    func locale() {
        #expect(TerminalLocale.isUTF8(TerminalLocale.prepare()))
        #expect(TerminalLocale.isUTF8(TerminalLocale.codeset))
    }
}
