"Expected error: Expected positive integer for argument 2 of _GetAddrInfoForHost:Port:Family:SocketType:Protocol:Flags:IfFail:
 (primitives.md 1.2; docs/primitives-extensions.md)"
_GetAddrInfoForHost: '127.0.0.1' Port: (0 - 1) Family: 2 SocketType: 1 Protocol: 0 Flags: 0 IfFail: [| :e | e ].
