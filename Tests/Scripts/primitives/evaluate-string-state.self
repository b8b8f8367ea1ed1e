"A runtime error inside _EvaluateStringIfFail: unwinds only the evaluated
 code: statements it ran before the error keep their effects, and the caller
 continues (primitives.md 3.1)."
_AddSlots: (| primitivesTestSteps <- 0 |).
'primitivesTestSteps: 1. _Error: \'stop\'. primitivesTestSteps: 2' _EvaluateStringIfFail: [ primitivesTestSteps: primitivesTestSteps + 10 ].
(primitivesTestSteps = 11) ifFalse: [ _Error: 'unexpected state after a failed evaluation' ].
