"Expected error: Error raised in Self code: primitives test message
 _Error: always raises this runtime error (primitives.md 3.1, language.md 12)."
_Error: 'primitives test message'.
