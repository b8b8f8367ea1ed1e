"Expected error: Expected a managed object for argument 4 of _Write:BytesFrom:AtOffset:Into:IfFail:
 (primitives.md 1.2, 3.7)"
_Write: 0 BytesFrom: '' AtOffset: 0 Into: 1 IfFail: [| :e | e ].
