"std hashMap's probe for integer and string keys (_HashProbe:Hash:Keys:) gives
 the answers of the world's loop: through tombstones and growth, with equal
 keys of different kinds (2 = 2.0, which the VM leaves to the loop), with keys
 of other kinds in the same map, and with string keys that collide."
(|
    parent* = std testing test.

    run = ( | m. s. o |
        m: std hashMap copyRemoveAll.
        0 to: 1000 Do: [| :i | m at: i * 7 Put: i ].
        0 to: 1000 Do: [| :i | (i % 2) = 0 ifTrue: [ m remove: i * 7 ] ].
        expect: m size ToBe: 500.
        expect: (m at: 7) ToBe: 1.
        expect: (m at: 14 IfAbsent: [ 'none' ]) ToBe: 'none'.
        "Into the tombstones, then over them."
        0 to: 1000 Do: [| :i | m at: i * 7 Put: i + i ].
        expect: m size ToBe: 1000.
        expect: (m at: 14) ToBe: 4.
        expect: (m at: 6993) ToBe: 1998.
        "Equal keys of different kinds share an entry, in either order."
        m at: 2.0 Put: 'float'.
        m at: 2 Put: 'integer'.
        expect: (m at: 2.0) ToBe: 'integer'.
        expect: (m at: 2) ToBe: 'integer'.
        expect: m size ToBe: 1001.
        "Other keys in the same map."
        o: (| parent* = std traits clonable. hash = 14. = x = ( _Eq: x ) |).
        m at: o Put: 'object'.
        m at: 'seven' Put: 7.
        expect: (m at: o) ToBe: 'object'.
        expect: (m at: 'seven') ToBe: 7.
        expect: (m at: 'seven' copy) ToBe: 7.
        expect: (m contains: 'eight') ToBe: false.
        "Strings: many keys, some removed and stored again."
        s: std hashMap copyRemoveAll.
        0 to: 2000 Do: [| :i | s at: i asString Put: i ].
        0 to: 2000 Do: [| :i | (i % 3) = 0 ifTrue: [ s remove: i asString ] ].
        0 to: 2000 Do: [| :i | (i % 6) = 0 ifTrue: [ s at: i asString Put: 0 - i ] ].
        expect: s size ToBe: 1667.
        expect: (s at: '6') ToBe: 0 - 6.
        expect: (s at: '3' IfAbsent: [ nil ]) ToBe: nil.
        expect: (s at: '1999') ToBe: 1999 ).
|) run.
