"The value of a top-level '^' becomes the script's value: the result of
 _RunScript (language.md 7.7). The loaded helper returns from a nested block
 in the middle of a loop."
(|
    parent* = std testing test.

    run = (
        expect: 'helpers/returns-early.self.disabled' _RunScript ToBe: 'early'.
        expect: 'helpers/returns-from-loop.self.disabled' _RunScript ToBe: 5 ).
|) run.
