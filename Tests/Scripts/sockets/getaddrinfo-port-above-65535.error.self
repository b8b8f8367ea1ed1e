"Expected error: Port 65536 passed to _GetAddrInfoForHost:Port:Family:SocketType:Protocol:Flags:IfFail: is above 65535
 A range error, not a lookup failure (docs/primitives-extensions.md)."
_GetAddrInfoForHost: '127.0.0.1' Port: 65536 Family: 2 SocketType: 1 Protocol: 0 Flags: 0 IfFail: [| :e | e ].
