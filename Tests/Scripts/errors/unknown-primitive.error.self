"Expected error: (code-generation error)
 An unknown primitive stops the whole script before any statement runs (language.md 3.2, 8.1)."
3 _ErrorsTestNoSuchPrimitive.
