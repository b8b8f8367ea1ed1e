"Expected error: Expected a managed object for argument 1 of _ListenOnFD:WithBacklog:IfFail:
 (primitives.md 1.2; docs/primitives-extensions.md)"
_ListenOnFD: 3 WithBacklog: 1 IfFail: [| :e | e ].
