"Expected error: Expected nil or a byte array for argument 1 of _GetAddrInfoForHost:Port:Family:SocketType:Protocol:Flags:IfFail:
 The host is nil or a byte array (primitives.md 3.7)."
_GetAddrInfoForHost: 3 Port: 0 Family: 2 SocketType: 1 Protocol: 0 Flags: 0 IfFail: [| :e | e ].
