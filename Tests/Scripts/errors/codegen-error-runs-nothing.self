"A code-generation error means no statement of the script runs, not even the
 ones before the bad primitive (language.md 3.2). Checked through
 _EvaluateStringIfFail:, which sends 'value' to the failure object on a
 compile error (primitives.md 3.1)."
_AddSlots: (| errorsTestRan <- 0. errorsTestFailed <- false |).
'errorsTestRan: 1. 3 _ErrorsTestNoSuchPrimitive. errorsTestRan: 2' _EvaluateStringIfFail: [ errorsTestFailed: true ].
errorsTestFailed ifFalse: [ _Error: 'the compile error did not reach the failure block' ].
(errorsTestRan = 0) ifFalse: [ _Error: 'a statement ran although the script failed to compile' ].
