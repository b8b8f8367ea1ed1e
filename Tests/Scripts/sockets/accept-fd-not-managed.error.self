"Expected error: Expected a managed object for argument 1 of _AcceptFromFD:IfFail:
 (primitives.md 1.2; docs/primitives-extensions.md)"
_AcceptFromFD: nil IfFail: [| :e | e ].
