"Expected error: Error raised in Self code: errors test
 _Error: raised by Self code (language.md 12)."
_Error: 'errors test'.
