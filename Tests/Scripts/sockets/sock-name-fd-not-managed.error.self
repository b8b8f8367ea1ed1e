"Expected error: Expected a managed object for argument 1 of _SockNameOfFD:IfFail:
 (primitives.md 1.2; docs/primitives-extensions.md)"
_SockNameOfFD: 'x' IfFail: [| :e | e ].
