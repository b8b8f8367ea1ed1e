"Expected error: Expected a managed object for argument 1 of _SetSockOptFD:Level:Option:Value:IfFail:
 (primitives.md 1.2; docs/primitives-extensions.md)"
_SetSockOptFD: 3 Level: 1 Option: 2 Value: 1 IfFail: [| :e | e ].
