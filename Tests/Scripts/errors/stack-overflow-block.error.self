"Expected error: Stack overflow...
 Unbounded recursion through blocks (language.md 12)."
(|
    parent* = std traits clonable.
    recurse = ( | b |
        b: [| :k | b value: k + 1 ].
        b value: 0 ).
|) recurse.
