"Expected error: (code-generation error)
 There is no slot removal: _RemoveSlot:IfFail: is not a primitive, so this
 script fails to compile and never runs (language.md 11.7, primitives.md 2)."
(| a = 1 |) _RemoveSlot: 'a' IfFail: [ nil ].
