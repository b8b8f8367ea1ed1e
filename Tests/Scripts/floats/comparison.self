"Float comparisons (docs/numbers.md): < > <= >= = != between floats and
 with integers in either order. Integers and floats compare by their exact
 values, not by rounding the integer to a float; with NaN every comparison
 is false except !=. Equal numbers hash alike, whatever their kinds."
(|
    parent* = std testing test.

    nan = (0.0 nan).
    big = (9007199254740993).
    mapWithThree = ( | map | map: std hashMap copyRemoveAll. map at: 3 Put: 'three'. map ).

    run = (
        expectToBeTrue: 1.5 < 2.5.
        expectToBeFalse: 2.5 < 1.5.
        expectToBeTrue: 2.5 > 1.5.
        expectToBeTrue: 1.5 <= 1.5.
        expectToBeTrue: 1.5 >= 1.5.
        expectToBeTrue: 1.5 = 1.5.
        expectToBeTrue: 1.5 != 2.5.
        "Mixed."
        expectToBeTrue: 1 < 1.5.
        expectToBeTrue: 1.5 < 2.
        expectToBeTrue: 2 > 1.5.
        expectToBeTrue: 2 = 2.0.
        expectToBeTrue: 2.0 = 2.
        expectToBeFalse: 2 = 2.5.
        expectToBeTrue: 2 <= 2.0.
        expectToBeTrue: 2 >= 2.0.
        expectToBeTrue: 2 != 2.5.
        "Exactly: 2^53 + 1 is not the float 2^53, which it would round to."
        expectToBeFalse: big = big asFloat.
        expectToBeTrue: big > big asFloat.
        expectToBeTrue: big asFloat < big.
        expectToBeTrue: (big - 1) = big asFloat.
        expectToBeTrue: big asFloat = (big - 1).
        expectToBeFalse: (big _IntEq: big asFloat).
        expectToBeTrue: (big _IntGT: big asFloat).
        expectToBeTrue: (big asFloat _FloatLT: big).
        "NaN."
        expectToBeFalse: nan = nan.
        expectToBeTrue: nan != nan.
        expectToBeFalse: nan < 1.
        expectToBeFalse: nan > 1.
        expectToBeFalse: nan <= 1.
        expectToBeFalse: nan >= 1.
        expectToBeFalse: 1 < nan.
        expectToBeFalse: 1 > nan.
        expectToBeFalse: 1 = nan.
        expectToBeFalse: nan = 1.
        "Infinities."
        expectToBeTrue: 0.0 infinity > 4611686018427387903.
        expectToBeTrue: 0.0 infinity negated < (0 - 4611686018427387903 - 1).
        expectToBeTrue: 0.0 infinity = 0.0 infinity.
        "Negative zero equals zero."
        expectToBeTrue: 0.0 negated = 0.
        expectToBeTrue: 0 = 0.0 negated.
        "Not a number: equality is false, ordering an error (below)."
        expectToBeFalse: 1.5 = 'abc'.
        expectToBeFalse: 1.5 = nil.
        "Hashes follow equality."
        expect: 2.0 hash ToBe: 2 hash.
        expect: 0.0 negated hash ToBe: 0 hash.
        expect: (big - 1) asFloat hash ToBe: (big - 1) hash.
        expect: 1.5 hash ToBe: 1.5 hash.
        expectToBeTrue: 1.5 hash >= 0.
        "A float can be a key of a hash map, and finds the equal integer's entry."
        expect: (mapWithThree at: 3.0) ToBe: 'three' ).
|) run.
