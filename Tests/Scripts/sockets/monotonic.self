"_MonotonicNanoseconds (docs/primitives-extensions.md): an integer, the
 monotonic clock in nanoseconds; it never goes backwards, and it moves on
 while the program works. The receiver is ignored."
(|
    parent* = std testing test.

    run = ( | first. second. sum |
        first: _MonotonicNanoseconds.
        expectToBeTrue: (first parent _Eq: std traits integer).
        expectToBeTrue: (first >= 0).
        sum: 0.
        0 to: 10000 Do: [| :i | sum: sum + i ].
        second: 'any receiver' _MonotonicNanoseconds.
        expectToBeTrue: (second > first).
        expectToBeTrue: (_MonotonicNanoseconds >= second) ).
|) run.
