"Expected error: Integer overflow
 -2^62 / -1 aborts ZigSelf (defect); the new VM SHOULD raise Integer overflow (language.md 11.1)."
(1 _IntShl: 62) _IntDiv: 1 negate.
