"_RunScript answers the value of the loaded script's last statement, or nil
 for an empty script (language.md 9.1, primitives.md 3.1). The path is
 relative to this script's directory, not the working directory (9.2)."
(|
    parent* = std testing test.

    run = (
        expect: 'helpers/value.self.disabled' _RunScript ToBe: 42.
        expectToBeTrue: ('helpers/empty.self.disabled' _RunScript _Eq: nil) ).
|) run.
