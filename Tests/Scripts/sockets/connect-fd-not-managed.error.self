"Expected error: Expected a managed object for argument 1 of _ConnectFD:ToSockaddrBytes:IfFail:
 (primitives.md 1.2; docs/primitives-extensions.md)"
_ConnectFD: 'fd' ToSockaddrBytes: 'abc' IfFail: [| :e | e ].
