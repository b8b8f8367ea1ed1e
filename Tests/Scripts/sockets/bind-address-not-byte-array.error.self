"Expected error: Expected a byte array for argument 2 of _BindFD:ToSockaddrBytes:IfFail:
 (primitives.md 1.2; docs/primitives-extensions.md)"
_BindFD: _ManagedStdout ToSockaddrBytes: 16 IfFail: [| :e | e ].
