"Expected error: Unknown selector 'printLine'
 Like integers, floats have no printLine: print 'x asString printLine'
 (world-api.md 7, docs/numbers.md)."
1.5 printLine.
