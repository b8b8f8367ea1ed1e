"Expected error: Expected true or false for argument 2 of _SetNonBlockingFD:To:IfFail:
 Only the VM's true and false objects are accepted, not 1 or nil. (primitives.md 1.2)"
_SetNonBlockingFD: _ManagedStdout To: 1 IfFail: [| :e | e ].
