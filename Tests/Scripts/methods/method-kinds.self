"Unary, keyword and binary methods (language.md 4.2, 4.3, 7.5): arguments
 are bound in order, the result is the last statement's value, and an empty
 body (or an empty keyword or binary method) answers nil."
(|
    parent* = std testing test.
    value <- 10.

    unary = (value + 1).
    "'name = ()' is not an empty method but a constant empty object (4.3)."
    empty = ().
    keyword: a = (value + a).
    keyword: a With: b = (a - b).
    a: a B: b C: c D: d E: e = (((a * 10000) + (b * 1000)) + ((c * 100) + ((d * 10) + e))).
    emptyKeyword: a = ().
    ** other = (value * other).
    @ other = ().
    lastStatement = (1. 2. 3).
    trailingPeriod = (4. 5.).

    run = (
        expect: unary ToBe: 11.
        expectToBeFalse: (empty _Eq: nil).
        expectToBeTrue: (empty _Eq: empty).
        expect: (keyword: 5) ToBe: 15.
        expect: (keyword: 5 With: 2) ToBe: 3.
        expect: (keyword: 2 With: 5) ToBe: 3 negate.
        expect: (a: 1 B: 2 C: 3 D: 4 E: 5) ToBe: 12345.
        expectToBeTrue: ((emptyKeyword: 1) _Eq: nil).
        expect: self ** 3 ToBe: 30.
        expectToBeTrue: ((self @ 3) _Eq: nil).
        expect: lastStatement ToBe: 3.
        expect: trailingPeriod ToBe: 5 ).
|) run.
