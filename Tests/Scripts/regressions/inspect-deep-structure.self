"_Inspect of a deeply nested structure (10000 nested arrays, about 250 KB of
 output on standard error) must not crash the VM (language.md 12: the new VM
 MUST NOT crash; the dump format is informative, so a truncated dump is
 fine). The VM this was written against overflowed its native stack here."
(|
    parent* = std testing test.

    run = ( | a |
        a: (std array _ArrayCopySize: 1 FillingExtrasWith: 'bottom').
        0 to: 10000 Do: [| :i | a: (std array _ArrayCopySize: 1 FillingExtrasWith: a) ].
        expectToBeTrue: (a _Inspect _Eq: a).
        std out write: '\n' ).
|) run.
