"A '^' whose home method is still running unwinds through a script loaded
 with _RunScript (the loaded script runs nested inside the caller's
 activation: primitives.md 3.1, language.md 7.7)."
_AddSlots: (| nonLocalReturnTestEscape <- nil |).
(|
    parent* = std testing test.

    m = (
        nonLocalReturnTestEscape: [ ^ 'escaped' ].
        'helpers/calls-escape.self.disabled' _RunScript.
        'fell through' ).

    run = (
        expect: m ToBe: 'escaped' ).
|) run.
