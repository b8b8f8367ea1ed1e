"Blocks written at the top level of a script (language.md 7.3 defect): they
 must run correctly, also when saved and run later from a method."
_AddSlots: (| closuresTestSaved <- nil |).
(([| :x | x + 1 ] value: 41) = 42) ifFalse: [ _Error: 'top-level block with an argument' ].
closuresTestSaved: [| :a. :b | a - b ].
((closuresTestSaved value: 10 With: 4) = 6) ifFalse: [ _Error: 'saved top-level block' ].
((| parent* = lobby. run = (closuresTestSaved value: 1 With: 2) |) run = 1 negate)
    ifFalse: [ _Error: 'top-level block run from a method' ].
([ [ 3 ] value ] value = 3) ifFalse: [ _Error: 'nested top-level blocks' ].
([| t <- 5 | t: t * 2. t ] value = 10) ifFalse: [ _Error: 'top-level block locals' ].
