"Expected error: Expected a managed object for argument 1 of _SetNonBlockingFD:To:IfFail:
 (primitives.md 1.2; docs/primitives-extensions.md)"
_SetNonBlockingFD: 0 To: true IfFail: [| :e | e ].
