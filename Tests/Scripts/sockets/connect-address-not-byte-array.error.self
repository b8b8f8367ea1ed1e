"Expected error: Expected a byte array for argument 2 of _ConnectFD:ToSockaddrBytes:IfFail:
 (primitives.md 1.2; docs/primitives-extensions.md)"
_ConnectFD: _ManagedStdout ToSockaddrBytes: nil IfFail: [| :e | e ].
