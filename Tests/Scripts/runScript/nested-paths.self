"A loaded script's own relative paths resolve against its own directory
 (language.md 9.2, primitives.md 3.1)."
(|
    parent* = std testing test.

    run = (
        expect: 'helpers/nested.self.disabled' _RunScript ToBe: 'inner+nested'.
        expect: 'helpers/sub/up.self.disabled' _RunScript ToBe: 42.
        expect: './helpers/../helpers/value.self.disabled' _RunScript ToBe: 42 ).
|) run.
