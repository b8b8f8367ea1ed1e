"Slots a loaded script adds to the lobby stay after it finishes, and every
 object inheriting from the lobby sees them (language.md 9.2, 10.2)."
(|
    parent* = std testing test.

    run = (
        'helpers/adds-slot.self.disabled' _RunScript.
        expect: runScriptTestAdded ToBe: 'added by a loaded script'.
        expect: 3 runScriptTestAdded ToBe: 'added by a loaded script' ).
|) run.
