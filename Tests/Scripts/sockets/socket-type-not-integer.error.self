"Expected error: Expected integer for argument 2 of _SocketWithFamily:Type:Protocol:IfFail:
 (primitives.md 1.2; docs/primitives-extensions.md)"
_SocketWithFamily: 2 Type: nil Protocol: 0 IfFail: [| :e | e ].
