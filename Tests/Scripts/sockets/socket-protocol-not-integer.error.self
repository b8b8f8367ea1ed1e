"Expected error: Expected integer for argument 3 of _SocketWithFamily:Type:Protocol:IfFail:
 (primitives.md 1.2; docs/primitives-extensions.md)"
_SocketWithFamily: 2 Type: 1 Protocol: '0' IfFail: [| :e | e ].
