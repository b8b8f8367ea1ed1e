"hashMap-keys.self: the kinds of keys a std hashMap takes (world-api.md 14):
 anything that answers hash and '=', found by hash and told apart with '='."

_AddSlots: (|
    "Points compare by coordinates; the hash is deliberately poor, so that
     many points collide. '=' checks the kind of its argument first, so that
     points can share a map with keys of other kinds."
    hashMapKeysPointTraits = (|
        parent* = std traits clonable.
        hash = (x + y).
        = other = ((other parent _Eq: parent) && [ (x = other x) && [ y = other y ] ]).
    |).
|).

(|
    parent* = std testing test.

    point = (| parent* = hashMapKeysPointTraits. x <- 0. y <- 0 |).

    x: x Y: y = ((point clone x: x) y: y).

    run = (
        testIntegers.
        testStrings.
        testUserObjects.
        testIdentityKeys.
        testMixedKinds ).

    testIntegers = ( | m. big |
        m: std hashMap copy.
        m at: 0 Put: 'zero'; at: 1 Put: 'one'; at: 1 negate Put: 'minus one'.
        big: 2 raisedTo: 70.
        m at: big Put: 'big'.
        expect: m size ToBe: 4.
        expect: (m at: 0) ToBe: 'zero'.
        expect: (m at: 0 - 1) ToBe: 'minus one'.
        "An equal big integer made separately is the same key."
        expect: (m at: (2 raisedTo: 69) * 2) ToBe: 'big'.
        "Integers equal to floats hash alike and are the same key."
        expect: (m at: 1.0) ToBe: 'one'.
        expect: (m at: big asFloat) ToBe: 'big'.
        expectToBeFalse: (m contains: 0.5).
        m at: 0.5 Put: 'half'.
        expect: (m at: 0.5) ToBe: 'half'.
        expect: m size ToBe: 5 ).

    "Strings are found by their bytes, not their identity."
    testStrings = ( | m. s |
        m: std hashMap copy.
        m at: '' Put: 'empty'; at: 'a' Put: 1; at: 'ab' Put: 2; at: 'ba' Put: 3.
        m at: 'The quick brown fox jumps over the lazy dog' Put: 4.
        expect: (m at: '' copy) ToBe: 'empty'.
        expect: (m at: 'a' copy) ToBe: 1.
        expect: (m at: 'ab') ToBe: 2.
        expect: (m at: 'ba') ToBe: 3.
        expect: (m at: 'The quick brown fox jumps over the lazy dog' copy) ToBe: 4.
        expectToBeFalse: (m contains: 'A').
        expectToBeFalse: (m contains: 'b').
        s: ('x' , 'y').
        m at: s Put: 5.
        expect: (m at: 'xy') ToBe: 5.
        expect: (m remove: 'xy' copy) ToBe: 5.
        expectToBeFalse: (m contains: s).
        expect: m size ToBe: 5 ).

    "Objects with their own hash and '=': equal points are the same key even
     when their hashes collide with other points'."
    testUserObjects = ( | m. p |
        m: std hashMap copy.
        p: (x: 1 Y: 2).
        m at: p Put: 'p'.
        m at: (x: 2 Y: 1) Put: 'q'.
        m at: (x: 3 Y: 0) Put: 'r'.
        expect: m size ToBe: 3.
        expect: (m at: (x: 1 Y: 2)) ToBe: 'p'.
        expect: (m at: (x: 2 Y: 1)) ToBe: 'q'.
        expect: (m at: (x: 3 Y: 0)) ToBe: 'r'.
        expectToBeFalse: (m contains: (x: 0 Y: 3)).
        m at: (x: 1 Y: 2) Put: 'p again'.
        expect: m size ToBe: 3.
        expect: (m at: p) ToBe: 'p again'.
        expect: (m remove: (x: 2 Y: 1)) ToBe: 'q'.
        expect: (m at: (x: 3 Y: 0)) ToBe: 'r'.
        "A grid of points: 400 keys on 39 hash values."
        m: std hashMap copy.
        0 to: 20 Do: [| :i | 0 to: 20 Do: [| :j | m at: (x: i Y: j) Put: (i * 100) + j ] ].
        expect: m size ToBe: 400.
        0 to: 20 Do: [| :i | 0 to: 20 Do: [| :j |
            expect: (m at: (x: i Y: j)) ToBe: (i * 100) + j ] ].
        0 to: 20 Do: [| :i | m remove: (x: i Y: i) ].
        expect: m size ToBe: 380.
        0 to: 20 Do: [| :i | 0 to: 20 Do: [| :j |
            expect: (m contains: (x: i Y: j)) ToBe: i != j ] ] ).

    "Objects whose '=' is identity (the default behaviour) are keys by
     identity; they only need a hash."
    testIdentityKeys = ( | m. a. b |
        m: std hashMap copy.
        a: (| parent* = std traits clonable. hash = (42) |).
        b: a clone.
        m at: a Put: 'a'; at: b Put: 'b'.
        expect: m size ToBe: 2.
        expect: (m at: a) ToBe: 'a'.
        expect: (m at: b) ToBe: 'b'.
        expectToBeFalse: (m contains: a clone) ).

    "Integers, strings and points in one map: integer and string '=' answer
     false for keys of other kinds, and so does a point's."
    testMixedKinds = ( | m |
        m: std hashMap copy.
        0 to: 30 Do: [| :i |
            m at: i Put: 'integer'.
            m at: i asString Put: 'string'.
            m at: (x: i Y: 0) Put: 'point' ].
        expect: m size ToBe: 90.
        0 to: 30 Do: [| :i |
            expect: (m at: i) ToBe: 'integer'.
            expect: (m at: i asString) ToBe: 'string'.
            expect: (m at: (x: i Y: 0)) ToBe: 'point' ].
        0 to: 30 Do: [| :i | (i % 2) = 0 ifTrue: [ m remove: i asString ] ].
        expect: m size ToBe: 75.
        0 to: 30 Do: [| :i |
            expect: (m contains: i asString) ToBe: (i % 2) = 1.
            expectToBeTrue: (m contains: i).
            expectToBeTrue: (m contains: (x: i Y: 0)) ] ).
|) run.
