"Expected error: Expected a managed object for argument 4 of _Read:BytesInto:AtOffset:From:IfFail:
 (primitives.md 1.2, 3.7)"
_Read: 0 BytesInto: 'ab' AtOffset: 0 From: 0 IfFail: [| :e | e ].
