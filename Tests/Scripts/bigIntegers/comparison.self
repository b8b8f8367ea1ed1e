"Comparing and hashing big integers (docs/numbers.md): < > = with small and
 big integers and floats, exactly; equal numbers hash alike, so big integers
 and floats find each other in hash collections."
(|
    parent* = std testing test.

    two100 = (2 ** 100).
    mapOf: key = ( | map | map: std hashMap copyRemoveAll. map at: key Put: 'found'. map ).

    run = (
        expectToBeTrue: two100 > 1.
        expectToBeTrue: 1 < two100.
        expectToBeTrue: two100 negate < 1.
        expectToBeTrue: two100 negate < two100.
        expectToBeTrue: two100 < (two100 + 1).
        expectToBeTrue: (two100 + 1) > two100.
        expectToBeTrue: two100 = (2 ** 100).
        expectToBeFalse: two100 = (two100 + 1).
        expectToBeFalse: two100 = 1.
        expectToBeFalse: 1 = two100.
        expectToBeFalse: two100 = 'abc'.
        expectToBeTrue: two100 != 1.
        expectToBeTrue: two100 >= two100.
        expectToBeTrue: two100 <= two100.
        "Against floats, exactly: 2^100 + 1 is above the float 2^100."
        expectToBeTrue: two100 = (2.0 raisedTo: 100).
        expectToBeTrue: (2.0 raisedTo: 100) = two100.
        expectToBeFalse: (two100 + 1) = (2.0 raisedTo: 100).
        expectToBeTrue: (two100 + 1) > (2.0 raisedTo: 100).
        expectToBeTrue: (2.0 raisedTo: 100) < (two100 + 1).
        expectToBeTrue: two100 < 0.0 infinity.
        expectToBeTrue: two100 negate > 0.0 infinity negated.
        expectToBeFalse: two100 < 0.0 nan.
        expectToBeFalse: two100 = 0.0 nan.
        "Hashes."
        expect: two100 hash ToBe: (2 ** 100) hash.
        expect: two100 hash ToBe: (2.0 raisedTo: 100) hash.
        expect: two100 negate hash ToBe: (2.0 raisedTo: 100) negated hash.
        expect: (2 ** 62) hash ToBe: (2.0 raisedTo: 62) hash.
        expectToBeTrue: two100 hash _IntEq: two100 hash.
        expect: ((mapOf: two100) at: (2 ** 100)) ToBe: 'found'.
        expect: ((mapOf: two100) at: (2.0 raisedTo: 100)) ToBe: 'found'.
        expect: ((mapOf: (2.0 raisedTo: 80)) at: (2 ** 80)) ToBe: 'found' ).
|) run.
