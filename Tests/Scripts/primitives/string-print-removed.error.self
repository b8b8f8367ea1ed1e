"Expected error: (code-generation error)
 _StringPrint is not a primitive (primitives.md 2)."
'x' _StringPrint.
