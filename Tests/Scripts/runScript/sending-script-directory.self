"A relative path is resolved against the directory of the script whose code
 performs the _RunScript send (language.md 9.2): a method defined in
 helpers/defines-loader.self.disabled loads a file next to it, even when it
 is run later from this script."
(|
    parent* = std testing test.

    run = (
        'helpers/defines-loader.self.disabled' _RunScript.
        expect: runScriptTestLoadSibling ToBe: 42 ).
|) run.
