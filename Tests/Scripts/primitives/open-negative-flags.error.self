"Expected error: Expected positive integer for argument 2 of _Open:WithFlags:IfFail:
 (primitives.md 1.2, 3.7)"
_Open: '/dev/null' WithFlags: 1 negate IfFail: [| :e | e ].
