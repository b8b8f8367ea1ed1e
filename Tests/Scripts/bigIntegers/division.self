"Floored division and modulo of big integers (docs/numbers.md), as for small
 ones: the quotient is rounded towards minus infinity and the modulo takes the
 divisor's sign, in every combination of signs and sizes. Values from Python's
 // and %. Then q * b + r = a and |r| < |b| for products of many sizes."
(|
    parent* = std testing test.

    a = ('1267650600228229401496703217721' asInteger).
    b = ('12157665459056928801' asInteger).

    check: x By: y Quotient: q Modulo: r = (
        expect: (x / y) asString ToBe: q.
        expect: (x % y) asString ToBe: r ).

    identity: x By: y = ( | q. r |
        q: x / y.
        r: x % y.
        expectToBeTrue: ((q * y) + r) = x.
        expectToBeTrue: r abs < y abs.
        expectToBeTrue: (r = 0) || [ (r < 0) = (y < 0) ] ).

    run = ( | x. y |
        check: a By: b Quotient: '104267600099' Modulo: '5856291598919666422'.
        check: a negate By: b Quotient: '-104267600100' Modulo: '6301373860137262379'.
        check: a By: b negate Quotient: '-104267600100' Modulo: '-6301373860137262379'.
        check: a negate By: b negate Quotient: '104267600099' Modulo: '-5856291598919666422'.
        check: a By: 7 Quotient: '181092942889747057356671888245' Modulo: '6'.
        check: a negate By: 7 Quotient: '-181092942889747057356671888246' Modulo: '1'.
        check: a By: 7 negate Quotient: '-181092942889747057356671888246' Modulo: '-1'.
        check: a negate By: 7 negate Quotient: '181092942889747057356671888245' Modulo: '-6'.
        check: 7 By: a Quotient: '0' Modulo: '7'.
        check: 7 negate By: a Quotient: '-1' Modulo: '1267650600228229401496703217714'.
        check: 7 By: a negate Quotient: '-1' Modulo: '-1267650600228229401496703217714'.
        check: 7 negate By: a negate Quotient: '0' Modulo: '-7'.
        "Quotients that fit are small integers again."
        expectToBeTrue: (((a * 5) / a) _Eq: 5).
        "The identity, for numbers of 1 to about 7,000 bits (the long ones
         divide by the recursive algorithm)."
        x: (3 ** 4000) + 17.
        y: (7 ** 1000) - 3.
        identity: x By: y.
        identity: x negate By: y.
        identity: x By: y negate.
        identity: x negate By: y negate.
        identity: x By: 10.
        identity: x By: (2 ** 64) + 1.
        identity: (x * y) + 1 By: y.
        expect: ((x * y) / y) ToBe: x.
        expect: ((x * y) % y) ToBe: 0 ).
|) run.
