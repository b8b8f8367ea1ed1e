"Expected error: Offset argument is larger than byte array size
 (primitives.md 3.7)"
_Read: 0 BytesInto: 'ab' AtOffset: 3 From: _ManagedStdin IfFail: [| :e | e ].
