"Expected error: Integer 2147483648 for argument 4 of _SetSockOptFD:Level:Option:Value:IfFail: is out of range
 (primitives.md 1.2; docs/primitives-extensions.md)"
_SetSockOptFD: _ManagedStdout Level: 1 Option: 2 Value: 2147483648 IfFail: [| :e | e ].
