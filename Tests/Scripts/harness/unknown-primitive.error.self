"A code-generation error (an unknown primitive) counts as the expected error."
3 _HarnessNoSuchPrimitive.
