"A file loaded with _RunScript may start with a '#!' line, which is skipped
 (language.md 1.2)."
(|
    parent* = std testing test.

    run = (
        expect: 'helpers/shebang.self.disabled' _RunScript ToBe: 42 ).
|) run.
