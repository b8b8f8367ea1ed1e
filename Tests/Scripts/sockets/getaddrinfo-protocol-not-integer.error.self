"Expected error: Expected integer for argument 5 of _GetAddrInfoForHost:Port:Family:SocketType:Protocol:Flags:IfFail:
 (primitives.md 1.2; docs/primitives-extensions.md)"
_GetAddrInfoForHost: '127.0.0.1' Port: 0 Family: 2 SocketType: 1 Protocol: nil Flags: 0 IfFail: [| :e | e ].
