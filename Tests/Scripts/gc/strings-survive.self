"Strings built by concatenation and copying keep their bytes across
 collections."
(|
    parent* = std testing test.

    run = ( | parts. joined. big |
        parts: (std array _ArrayCopySize: 5000 FillingExtrasWith: nil).
        0 to: 5000 Do: [| :i | parts _ArrayAt: i Put: 'item' , i asString ].
        0 to: 300000 Do: [| :i | ('garbage' , 'string') _ByteArrayCopySize: 40 FillingExtrasWith: '!' ].
        "Large byte arrays that are garbage at once."
        0 to: 20 Do: [| :i | '' _ByteArrayCopySize: 5000000 FillingExtrasWith: 'z' ].
        expect: (parts _ArrayAt: 0) ToBe: 'item0'.
        expect: (parts _ArrayAt: 1234) ToBe: 'item1234'.
        expect: (parts _ArrayAt: 4999) ToBe: 'item4999'.
        joined: ''.
        0 to: 2000 Do: [| :i | joined: joined , 'x' ].
        expect: joined size ToBe: 2000.
        expect: (joined at: 1999) ToBe: 120.
        big: ('' _ByteArrayCopySize: 3000000 FillingExtrasWith: 'q').
        big _ByteAt: 2999999 Put: 65.
        0 to: 20 Do: [| :i | '' _ByteArrayCopySize: 5000000 FillingExtrasWith: 'z' ].
        expect: (big _ByteAt: 0) ToBe: 113.
        expect: (big _ByteAt: 2999999) ToBe: 65 ).
|) run.
