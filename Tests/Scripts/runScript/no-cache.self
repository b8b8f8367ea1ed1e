"No cache is kept: loading the same file twice runs it twice (primitives.md
 3.1)."
_AddSlots: (| runScriptTestCounter <- 0 |).
(|
    parent* = std testing test.

    run = (
        expect: 'helpers/counter.self.disabled' _RunScript ToBe: 1.
        expect: 'helpers/counter.self.disabled' _RunScript ToBe: 2.
        expect: runScriptTestCounter ToBe: 2 ).
|) run.
