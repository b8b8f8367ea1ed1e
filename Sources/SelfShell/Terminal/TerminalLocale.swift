#if canImport(Glibc)
    import Glibc
#endif

/// The character encoding libedit works in. libedit decodes typed bytes and encodes
/// the line it returns with the C library's multibyte functions, which follow
/// `LC_CTYPE`; a program that never calls `setlocale` runs in the "C" locale, where
/// every byte above 127 is dropped (`'café'` arrived as `'caf'`).
///
/// `prepare()` takes `LC_CTYPE` from the environment (`LC_ALL`, `LC_CTYPE`, `LANG`) and
/// keeps it when its codeset is UTF-8; otherwise (unset, "C", "POSIX", Latin-1, or not
/// installed) it uses `C.UTF-8`, which glibc always has. Source text is UTF-8
/// (language.md), so a REPL in another encoding could not hand the VM what was typed.
/// Only `LC_CTYPE` changes: number formatting and messages are untouched.
public enum TerminalLocale {
    /// The locale used when the environment's is missing or not UTF-8.
    public static let fallback = "C.UTF-8"

    /// Sets `LC_CTYPE` as described above and returns the codeset in effect.
    @discardableResult
    public static func prepare() -> String {
        if setlocale(LC_CTYPE, "") != nil, isUTF8(codeset) { return codeset }
        _ = setlocale(LC_CTYPE, fallback)
        return codeset
    }

    /// The codeset of the current `LC_CTYPE`, such as "UTF-8" or "ANSI_X3.4-1968".
    public static var codeset: String {
        guard let name = nl_langinfo(nl_item(CODESET)) else { return "" }
        return String(cString: name)
    }

    /// Whether a codeset name means UTF-8 ("UTF-8", "utf8", …).
    public static func isUTF8(_ codeset: String) -> Bool {
        let letters = codeset.lowercased().filter { $0.isLetter || $0.isNumber }
        return letters == "utf8"
    }
}
