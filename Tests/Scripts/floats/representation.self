"The two representations of floats (docs/numbers.md, Representation): results
 with an exponent in -255..256 are immediate, every other double (zeros, NaN,
 infinities, subnormals, huge and tiny magnitudes) a float object. Both compute,
 compare, hash and print alike, alone and mixed, across the edges of the range;
 a literal, a clone and an operand's literal keep ZigSelf's identity rules,
 and computed floats may be identical."
(|
    parent* = std testing test.

    "2 to the power n as a float (n may be negative)."
    two: n = ( n < 0 ifTrue: [ 1.0 / (2 raisedTo: 0 - n) asFloat ] False: [ (2 raisedTo: n) asFloat ] ).

    run = ( | huge. tiny. edge. zero. sum |
        huge: two: 300.
        tiny: two: 0 - 260.
        "Into the range and out of it again, both ways."
        expect: (huge / (two: 100)) ToBe: (two: 200).
        expect: ((two: 200) * (two: 100)) ToBe: huge.
        expect: (tiny * (two: 10)) ToBe: (two: 0 - 250).
        expect: ((two: 0 - 250) / (two: 10)) ToBe: tiny.
        "The last exponents on each side of the edges."
        edge: two: 256.
        expect: (edge * 2) ToBe: (two: 257).
        expect: ((edge * 2) / 2) ToBe: edge.
        expect: (((two: 0 - 255) / 2) * 2) ToBe: (two: 0 - 255).
        expect: (two: 0 - 255) asString ToBe: '1.727233711018889e-77'.
        expect: (two: 0 - 256) asString ToBe: '8.636168555094445e-78'.
        "Zeros are objects, and compute like any float."
        zero: 1.5 - 1.5.
        expect: zero ToBe: 0.
        expect: zero asString ToBe: '0.0'.
        expect: (zero - 0.5) ToBe: 0.5 negated.
        expect: (0.0 negated) asString ToBe: '-0.0'.
        expect: (zero * 1.5 negated) asString ToBe: '-0.0'.
        expectToBeTrue: (zero hash = 0 hash).
        expectToBeTrue: ((1.5 - 1.5) = (0.25 - 0.25)).
        "A sum through both kinds: 2^-250 + 2^-200 + ... + 2^350, rounded."
        sum: 0.0.
        1 through: 13 Do: [| :i | sum: sum + (two: (i * 50) - 300) ].
        expect: (sum > huge) ToBe: true.
        expect: (sum / (two: 350)) ToBe: (1.0 + (two: 0 - 50)).
        "Hashing: equal floats hash alike, immediate or not, and as integers."
        expect: (1.5 + 1) hash ToBe: 2.5 hash.
        expect: (huge hash) ToBe: (2 raisedTo: 300) hash.
        expect: (0.5 + 1.5) hash ToBe: 2 hash.
        "Identity: literals and clones are new objects; computed floats may be
         identical, as small integers are."
        expectToBeFalse: (2.5 _Eq: 2.5).
        expectToBeFalse: ((1.5 + 1) _Clone _Eq: (1.5 + 1)).
        expectToBeTrue: ((1.5 + 1) _Eq: (1.5 + 1)).
        expectToBeTrue: ((1.5 + 1) = 2.5) ).
|) run.
