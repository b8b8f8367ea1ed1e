"Expected error: Integer 4294967296 for argument 6 of _GetAddrInfoForHost:Port:Family:SocketType:Protocol:Flags:IfFail: is out of range
 Flags must fit a C int. (primitives.md 1.2)"
_GetAddrInfoForHost: '127.0.0.1' Port: 0 Family: 2 SocketType: 1 Protocol: 0 Flags: 4294967296 IfFail: [| :e | e ].
