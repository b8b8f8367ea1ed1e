"Expected error: attempted to non-local return to non-existent activation
 The block's home method has already returned: '^' to it is a runtime error,
 not a crash (language.md 7.7)."
(|
    parent* = std traits clonable.
    make = ([ ^ 'too late' ]).
|) make value.
