"After a stack overflow inside _EvaluateStringIfFail:, the VM recovers and
 the caller goes on with a working stack (language.md 12: a runtime error,
 not a crash)."
_AddSlots: (| errorsTestDeep = (| parent* = std traits clonable. down: n = (down: n + 1). depth: n = (n = 0 ifTrue: [ 0 ] False: [ (depth: n - 1) + 1 ]) |) |).
_AddSlots: (| errorsTestRecovered <- false |).
'errorsTestDeep down: 0' _EvaluateStringIfFail: [ errorsTestRecovered: true ].
errorsTestRecovered ifFalse: [ _Error: 'the failure block did not run' ].
((errorsTestDeep depth: 1000) = 1000) ifFalse: [ _Error: 'recursion after the overflow gave a wrong result' ].
