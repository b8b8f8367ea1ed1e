"Expected error: Expected integer for argument 3 of _GetAddrInfoForHost:Port:Family:SocketType:Protocol:Flags:IfFail:
 (primitives.md 1.2; docs/primitives-extensions.md)"
_GetAddrInfoForHost: '127.0.0.1' Port: 0 Family: nil SocketType: 1 Protocol: 0 Flags: 0 IfFail: [| :e | e ].
