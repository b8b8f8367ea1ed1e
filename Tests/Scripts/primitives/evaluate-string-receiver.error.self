"Expected error: Expected a byte array for receiver of _EvaluateStringIfFail:
 (primitives.md 3.1)"
3 _EvaluateStringIfFail: [ 4 ].
