/// The REPL's own commands: lines starting with `:`, which no Self statement can.
public enum ShellCommand: Equatable, Sendable {
    /// `:help` (`:h`, `:?`): print the keys, commands and input rules.
    case help
    /// `:quit` (`:q`, `:exit`): end the session with status 0.
    case quit
    /// `:inspect EXPR` (`:i`): the slots of EXPR's value, by the ancestor defining them.
    case inspect(String)
    /// `:source EXPR SELECTOR` (`:s`): the source of the method EXPR answers SELECTOR with.
    case source(String, String)
    /// `:where EXPR SELECTOR` (`:w`): the object whose slot answers SELECTOR.
    case whereIs(String, String)
    /// `:find TEXT` (`:f`): selectors of named objects that contain TEXT.
    case find(String)
    /// `:more`: the next screenful of the last long output.
    case more
    /// `:changes`: the journal of changes to the lobby, as a diff.
    case changes
    /// `:undo`: revert the last input's changes to the lobby.
    case undo
    /// `:save FILE`: write the definitions made at the prompt as a loadable file.
    case save(String)
    /// `:load FILE`: run a file as an input (journaled like one).
    case load(String)
    /// `:edit SLOT`: edit a lobby slot's definition in `$EDITOR`, then install it.
    case edit(String)
    /// `:step [on|off]`: stop before each resume of actor-mode sessions (or not).
    case step(Bool)
    /// `:schedule`: the order actors were resumed in, in the last stepped session.
    case schedule
    /// `:schedule save FILE`: write that order to FILE, for `:replay FILE`.
    case saveSchedule(String)
    /// `:replay [FILE | N …]`: replay the last schedule, a saved one, or the actor
    /// numbers given, in the next stepped session.
    case replay(String)
    /// A known command used wrongly: the message says how to use it.
    case usage(String)
    /// Anything else that starts with `:`.
    case unknown(String)

    /// The command names, for completion.
    public static let names = [
        ":help", ":quit", ":inspect", ":source", ":where", ":find", ":more", ":changes", ":undo", ":save", ":load",
        ":edit",
        ":step", ":schedule", ":replay",
    ]

    /// Parses a command text as `Input.command` carries it (trimmed, with its colon).
    public init(_ text: String) {
        let word = String(text.prefix { $0 != " " && $0 != "\t" })
        let rest = String(text.dropFirst(word.count).drop { $0 == " " || $0 == "\t" })
        switch word {
        case ":help", ":h", ":?": self = .help
        case ":quit", ":q", ":exit": self = .quit
        case ":more", ":m": self = .more
        case ":changes": self = .changes
        case ":undo": self = rest.isEmpty ? .undo : .usage("Usage: :undo (it takes no argument)")
        case ":save": self = rest.isEmpty ? .usage("Usage: :save FILE") : .save(rest)
        case ":load": self = rest.isEmpty ? .usage("Usage: :load FILE") : .load(rest)
        case ":edit", ":e": self = rest.isEmpty ? .usage("Usage: :edit SLOT") : .edit(rest)
        case ":step":
            switch rest {
            case "", "on": self = .step(true)
            case "off": self = .step(false)
            default: self = .usage("Usage: :step [on|off]")
            }
        case ":schedule":
            if rest.isEmpty {
                self = .schedule
            } else if rest.hasPrefix("save "), case let path = String(rest.dropFirst(5)).trimmingBlanks(), !path.isEmpty
            {
                self = .saveSchedule(path)
            } else {
                self = .usage("Usage: :schedule [save FILE]")
            }
        case ":replay": self = .replay(rest)
        case ":inspect", ":i":
            self = rest.isEmpty ? .usage("Usage: :inspect EXPR") : .inspect(rest)
        case ":find", ":f":
            self = rest.isEmpty ? .usage("Usage: :find TEXT") : .find(rest)
        case ":source", ":s", ":where", ":w":
            let isSource = word == ":source" || word == ":s"
            guard let split = Self.expressionAndSelector(rest) else {
                self = .usage(isSource ? "Usage: :source EXPR SELECTOR" : "Usage: :where EXPR SELECTOR")
                return
            }
            self = isSource ? .source(split.0, split.1) : .whereIs(split.0, split.1)
        default: self = .unknown(text)
        }
    }

    /// `EXPR SELECTOR` split at the last blank: the selector is the last word.
    static func expressionAndSelector(_ text: String) -> (String, String)? {
        guard let blank = text.lastIndex(where: { $0 == " " || $0 == "\t" }) else { return nil }
        let expression = String(text[..<blank]).trimmingBlanks()
        let selector = String(text[text.index(after: blank)...])
        return expression.isEmpty || selector.isEmpty ? nil : (expression, selector)
    }

    /// The trimmed command if `line` is one (its first non-blank character is `:`).
    public static func text(of line: String) -> String? {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = line.firstIndex(where: { !isBlank($0) }), line[first] == ":" else { return nil }
        let last = line.lastIndex(where: { !isBlank($0) })!
        return String(line[first...last])
    }

    /// What `:help` prints.
    public static let helpText = """
        Type a Self expression and press Enter; its value is printed briefly and
        numbered ($1 = 7; nil is not printed), and $1 can be used in later inputs.
        Definitions answer one line (added counter; counter: 3). Each input runs with
        the lobby as self; keep state with _AddSlots: (| counter <- 0 |).

        Input continues on lines prompted by '. ' while a ( or [, a 'string' or a
        "comment" is open.

        Keys: Up/Down recall history, Tab completes selectors, Ctrl-C abandons the
        input, Ctrl-D on an empty line quits. History is kept in ~/.swiftself_history
        (or $SELF_HISTORY; set it empty to keep none).

        Commands:
          :help                  this text (also :h, :?)
          :quit                  leave the REPL (also :q, :exit)
          :inspect EXPR          slots of EXPR's value by defining ancestor (also :i)
          :source EXPR SELECTOR  source of the method EXPR answers SELECTOR with (:s)
          :where EXPR SELECTOR   the object whose slot answers SELECTOR (also :w)
          :find TEXT             selectors containing TEXT, with their owners (:f)
          :more                  the rest of a long output, a screenful at a time
          :changes               what the inputs changed in the lobby, as a diff
          :undo                  revert the last input's changes to the lobby
          :save FILE             write the definitions made here as a .self file
          :load FILE             run a file as an input (:undo reverts it)
          :edit SLOT             edit a lobby slot in $VISUAL or $EDITOR (also :e)
          :step [on|off]         stop before each actor resume (std scheduler startWith:)
          :schedule [save FILE]  the order actors were resumed in, last stepped session
          :replay [FILE | N …]   replay that order (or a saved one) in the next session

        """
}

extension String {
    /// The string without blanks at either end.
    func trimmingBlanks() -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isBlank($0) }) else { return "" }
        return String(self[first...lastIndex(where: { !isBlank($0) })!])
    }
}
