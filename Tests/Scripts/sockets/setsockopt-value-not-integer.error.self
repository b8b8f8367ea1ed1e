"Expected error: Expected integer for argument 4 of _SetSockOptFD:Level:Option:Value:IfFail:
 The option value is an integer (a C int); true is not accepted. (primitives.md 1.2)"
_SetSockOptFD: _ManagedStdout Level: 1 Option: 2 Value: true IfFail: [| :e | e ].
