"Expected error: Expected a managed object for argument 1 of _BindFD:ToSockaddrBytes:IfFail:
 (primitives.md 1.2; docs/primitives-extensions.md)"
_BindFD: 3 ToSockaddrBytes: 'abc' IfFail: [| :e | e ].
