"Expected error: Integer 4294967297 for argument 2 of _SocketWithFamily:Type:Protocol:IfFail: is out of range
 (primitives.md 1.2; docs/primitives-extensions.md)"
_SocketWithFamily: 2 Type: 4294967297 Protocol: 0 IfFail: [| :e | e ].
