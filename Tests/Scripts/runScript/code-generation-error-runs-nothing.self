"When a loaded script fails to compile, none of its statements run, not even
 those before the bad primitive (language.md 3.2). The failure is caught with
 _EvaluateStringIfFail:, whose relative _RunScript paths resolve against this
 script (primitives.md 3.1)."
_AddSlots: (| runScriptTestCodegenRan <- false. runScriptTestFailed <- false |).
'\'helpers/unknown-primitive.self.disabled\' _RunScript' _EvaluateStringIfFail: [ runScriptTestFailed: true ].
runScriptTestFailed ifFalse: [ _Error: 'the failed _RunScript did not reach the failure block' ].
runScriptTestCodegenRan ifTrue: [ _Error: 'a statement of a script that failed to compile ran' ].
