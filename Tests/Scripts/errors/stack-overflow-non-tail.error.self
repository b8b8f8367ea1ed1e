"Expected error: Stack overflow...
 Unbounded recursion where the recursive send is not the last one and runs
 inside a block of a world loop (language.md 12)."
(|
    parent* = std traits clonable.
    deep: n = ( | r |
        r: 0.
        1 to: 2 Do: [| :i | r: (deep: n + i) ].
        r + 1 ).
|) deep: 0.
