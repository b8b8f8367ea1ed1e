"gcd:, lcm:, factorial, raisedTo:, ** and the conversions between big
 integers and floats (docs/numbers.md)."
(|
    parent* = std testing test.

    run = (
        expect: 0 factorial ToBe: 1.
        expect: 1 factorial ToBe: 1.
        expect: 20 factorial ToBe: 2432902008176640000.
        expect: 21 factorial asString ToBe: '51090942171709440000'.
        expect: 25 factorial asString ToBe: '15511210043330985984000000'.
        expect: (100 factorial / 98 factorial) ToBe: 9900.
        expect: (((2 ** 100) - 1) gcd: ((2 ** 60) - 1)) ToBe: 1048575.
        expect: (((2 ** 100) - 1) lcm: ((2 ** 60) - 1)) asString ToBe: '1393797904137427381862083525247980064997375'.
        expect: (12 gcd: 18) ToBe: 6.
        expect: (12 negate gcd: 18) ToBe: 6.
        expect: (0 gcd: 0) ToBe: 0.
        expect: (4 lcm: 6) ToBe: 12.
        expect: (2 raisedTo: 100) ToBe: (2 ** 100).
        expect: (10 raisedTo: 0) ToBe: 1.
        expect: (0 raisedTo: 0) ToBe: 1.
        expect: (1 raisedTo: 1000000) ToBe: 1.
        expect: (1 negate raisedTo: 1000001) ToBe: 1 negate.
        expect: (2 raisedTo: 1 negate) ToBe: 0.5.
        expect: (4 raisedTo: 0.5) ToBe: 2.0.
        expect: (3 ** 3) ToBe: 27.
        "To floats, correctly rounded: 2^53 + 1 rounds to even, 2^53."
        expect: ((2 ** 53) + 1) asFloat ToBe: (2.0 raisedTo: 53).
        expect: ((2 ** 53) + 3) asFloat ToBe: ((2.0 raisedTo: 53) + 4).
        expect: (2 ** 100) asFloat ToBe: (2.0 raisedTo: 100).
        expect: (2 ** 2000) asFloat ToBe: 0.0 infinity.
        expect: (2 ** 2000) negate asFloat ToBe: 0.0 infinity negated.
        expect: (2 ** 100) sqrt ToBe: (2.0 raisedTo: 50).
        "From floats: truncated and the others answer big integers when needed."
        expect: (2.0 raisedTo: 100) truncated ToBe: (2 ** 100).
        expect: (10.0 raisedTo: 30) truncated asString ToBe: '1000000000000000019884624838656'.
        expect: (2.0 raisedTo: 70) negated floor ToBe: (2 ** 70) negate.
        expect: ((2.0 raisedTo: 70) + 0.5) ceiling ToBe: (2 ** 70).
        expect: (2.0 raisedTo: 62) rounded ToBe: (2 ** 62) ).
|) run.
