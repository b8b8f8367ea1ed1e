"Expected error: Expected positive integer for argument 1 of _SocketWithFamily:Type:Protocol:IfFail:
 (primitives.md 1.2; docs/primitives-extensions.md)"
_SocketWithFamily: (0 - 2) Type: 1 Protocol: 0 IfFail: [| :e | e ].
