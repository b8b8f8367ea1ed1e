"Expected error: (code-generation error)
 A primitive name that does not exist stops the whole script before it starts (language.md 3.2, 8.1)."
3 _PrimitivesTestNoSuchPrimitive.
