"Expected error: Expected a byte array for argument 2 of _Read:BytesInto:AtOffset:From:IfFail:
 (primitives.md 1.2, 3.7)"
_Read: 0 BytesInto: 3 AtOffset: 0 From: _ManagedStdin IfFail: [| :e | e ].
