"Expected error: Expected a byte array for argument 1 of _Open:WithFlags:IfFail:
 Type errors are not reported through IfFail: (language.md 8.2, primitives.md 1.3)."
_Open: 3 WithFlags: 0 IfFail: [| :e | e ].
