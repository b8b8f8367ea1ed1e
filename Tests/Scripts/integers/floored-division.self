"_IntDiv: rounds towards negative infinity and _IntMod: is the matching
 floored remainder with the sign of the divisor, for every sign combination
 (language.md 11.1, quirk 13.11)."
(|
    parent* = std testing test.
    min = (1 << 62).

    run = (
        expect: 7 / 2 ToBe: 3.
        expect: 7 negate / 2 ToBe: 4 negate.
        expect: 7 / 2 negate ToBe: 4 negate.
        expect: 7 negate / 2 negate ToBe: 3.
        expect: 6 / 3 ToBe: 2.
        expect: 6 negate / 3 ToBe: 2 negate.
        expect: 6 / 3 negate ToBe: 2 negate.
        expect: 6 negate / 3 negate ToBe: 2.
        expect: 0 / 5 negate ToBe: 0.
        expect: 1 negate / 5 ToBe: 1 negate.
        expect: 1 / 5 negate ToBe: 1 negate.
        expect: (7 negate _IntDiv: 2) ToBe: 4 negate.

        expect: 5 % 3 ToBe: 2.
        expect: 5 negate % 3 ToBe: 1.
        expect: 5 % 3 negate ToBe: 1 negate.
        expect: 5 negate % 3 negate ToBe: 2 negate.
        expect: 6 % 3 ToBe: 0.
        expect: 6 negate % 3 ToBe: 0.
        expect: 6 % 3 negate ToBe: 0.
        expect: 6 negate % 3 negate ToBe: 0.
        expect: 0 % 7 negate ToBe: 0.
        expect: (5 negate _IntMod: 3) ToBe: 1.

        "Extremes: -2^62 / 1, -2^62 % -1, -2^62 / -2 and mixed-sign extremes."
        expect: min / 1 ToBe: min.
        expect: min % 1 negate ToBe: 0.
        expect: (min _IntMod: 1 negate) ToBe: 0.
        expect: min / 2 negate ToBe: 1 << 61.
        expect: min / 2 ToBe: (1 << 61) negate.
        expect: min % max ToBe: max - 1.
        expect: min / max ToBe: 2 negate.
        expect: max / min ToBe: 1 negate.
        expect: max % min ToBe: 1 negate.

        "(a / b) * b + (a % b) = a for every sign combination."
        checkIdentity ).

    max = 4611686018427387903.

    checkIdentity = ( | values |
        values: std vector copyRemoveAll.
        values add: 7; add: 7 negate; add: 1; add: 1 negate; add: 13; add: 13 negate; add: 100; add: 100 negate.
        0 to: values size Do: [| :i |
            0 to: values size Do: [| :j. a. b. q. r |
                a: values at: i.
                b: values at: j.
                q: a / b.
                r: a % b.
                expect: (q * b) + r ToBe: a.
                "The remainder has the sign of the divisor, or is zero."
                r = 0 ifFalse: [ expect: (r < 0) ToBe: (b < 0) ].
                expectToBeTrue: r abs < b abs ] ] ).
|) run.
