"Expected error: Error raised in Self code: Error raised: 2
 The IfFail: argument may be any object answering 'value:', such as the
 world's raiseError object, which turns the errno into a runtime error
 (language.md 8.2, primitives.md 1.3, world-api.md)."
_Open: 'Tests/Scripts/primitives/data/primitivesTestNoSuchFile.txt' WithFlags: 0 IfFail: raiseError.
