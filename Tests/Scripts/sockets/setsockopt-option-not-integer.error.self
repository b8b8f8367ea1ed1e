"Expected error: Expected integer for argument 3 of _SetSockOptFD:Level:Option:Value:IfFail:
 (primitives.md 1.2; docs/primitives-extensions.md)"
_SetSockOptFD: _ManagedStdout Level: 1 Option: '2' Value: 1 IfFail: [| :e | e ].
