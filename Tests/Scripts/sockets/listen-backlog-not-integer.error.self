"Expected error: Expected integer for argument 2 of _ListenOnFD:WithBacklog:IfFail:
 (primitives.md 1.2; docs/primitives-extensions.md)"
_ListenOnFD: _ManagedStdout WithBacklog: '1' IfFail: [| :e | e ].
