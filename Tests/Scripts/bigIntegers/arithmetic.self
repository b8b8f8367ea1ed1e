"+ - * of big integers, mixed with small integers and floats (docs/numbers.md):
 exact, with results that fit back as small integers; long products use
 Karatsuba, checked here by identities on numbers of thousands of bits."
(|
    parent* = std testing test.

    two100 = (2 ** 100).

    run = ( | x. y |
        expect: two100 asString ToBe: '1267650600228229401496703205376'.
        expect: (two100 + 1) asString ToBe: '1267650600228229401496703205377'.
        expect: (1 + two100) asString ToBe: '1267650600228229401496703205377'.
        expect: (two100 - two100) ToBe: 0.
        expectToBeTrue: ((two100 - two100) _Eq: 0).
        expect: (two100 negate + two100) ToBe: 0.
        expect: (two100 * 0) ToBe: 0.
        expect: (two100 * two100) asString ToBe: '1606938044258990275541962092341162602522202993782792835301376'.
        expect: (two100 * two100 negate) asString ToBe: '-1606938044258990275541962092341162602522202993782792835301376'.
        expect: (5 - two100) asString ToBe: '-1267650600228229401496703205371'.
        expect: two100 negate negate ToBe: two100.
        expect: two100 negate abs ToBe: two100.
        expect: (two100 max: 3) ToBe: two100.
        expect: (two100 negate min: 3) ToBe: two100 negate.
        expect: two100 succ asString ToBe: '1267650600228229401496703205377'.
        expect: two100 prec asString ToBe: '1267650600228229401496703205375'.
        "With floats: the big integer is converted to the nearest float."
        expect: (two100 + 0.5) ToBe: (2.0 raisedTo: 100).
        expect: (two100 * 2.0) ToBe: (2.0 raisedTo: 101).
        expect: (two100 / 2.0) ToBe: (2.0 raisedTo: 99).
        "Long operands: (x + y)^2 = x^2 + 2xy + y^2, (x - y)(x + y) = x^2 - y^2."
        x: (3 ** 5000) + 12345.
        y: (5 ** 3000) - 1.
        expect: ((x + y) * (x + y)) ToBe: (((x * x) + (2 * (x * y))) + (y * y)).
        expect: ((x - y) * (x + y)) ToBe: ((x * x) - (y * y)).
        expect: ((x * y) - (y * x)) ToBe: 0.
        "Accumulating in a loop."
        x: 1.
        1 through: 100 Do: [| :i | x: x * i ].
        expect: x ToBe: 100 factorial.
        1 through: 100 Do: [| :i | x: x / i ].
        expect: x ToBe: 1 ).
|) run.
