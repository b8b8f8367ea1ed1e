"Conversions (docs/numbers.md): floats to integers by truncated, rounded
 (halves away from zero), floor and ceiling; integers and strings to floats;
 and asString, the shortest text that reads back as the same float."
(|
    parent* = std testing test.

    minus: x = ( 0 - x ).

    run = (
        expect: 2.5 truncated ToBe: 2.
        expect: (minus: 2.5) truncated ToBe: 2 negate.
        expect: 2.5 rounded ToBe: 3.
        expect: 2.4 rounded ToBe: 2.
        expect: (minus: 2.5) rounded ToBe: 3 negate.
        expect: (minus: 2.4) rounded ToBe: 2 negate.
        expect: 2.5 floor ToBe: 2.
        expect: (minus: 2.5) floor ToBe: 3 negate.
        expect: 2.5 ceiling ToBe: 3.
        expect: (minus: 2.5) ceiling ToBe: 2 negate.
        expect: 3.0 floor ToBe: 3.
        expect: 3.0 ceiling ToBe: 3.
        expect: 0.0 negated truncated ToBe: 0.
        expect: 2.75 asInteger ToBe: 2.
        expectToBeTrue: (2.5 truncated parent _Eq: std traits integer).
        "Integers have them too, as themselves."
        expect: 7 truncated ToBe: 7.
        expect: 7 rounded ToBe: 7.
        "To floats."
        expect: 3 asFloat ToBe: 3.0.
        expectToBeTrue: (3 asFloat parent _Eq: std traits float).
        expect: 4611686018427387903 asFloat asString ToBe: '4.611686018427388e+18'.
        expect: 1.5 asFloat ToBe: 1.5.
        expect: '1.5' asFloat ToBe: 1.5.
        expect: '-2' asFloat ToBe: 2 negate asFloat.
        expect: '3e8' asFloat ToBe: 300000000.0.
        expect: '1e-05' asFloat ToBe: (1.0 / 100000).
        expect: 'inf' asFloat ToBe: 0.0 infinity.
        expect: '-inf' asFloat ToBe: 0.0 infinity negated.
        expectToBeTrue: 'nan' asFloat isNaN.
        "asString: the shortest round-tripping decimal."
        expect: 1.0 asString ToBe: '1.0'.
        expect: 1.5 asString ToBe: '1.5'.
        expect: 0.1 asString ToBe: '0.1'.
        expect: (1.0 / 3) asString ToBe: '0.3333333333333333'.
        expect: (2.0 / 3) asString ToBe: '0.6666666666666666'.
        expect: 100.0 asString ToBe: '100.0'.
        expect: (1.0 / 100000) asString ToBe: '1e-05'.
        expect: (10.0 raisedTo: 16) asString ToBe: '1e+16'.
        expect: (10.0 raisedTo: 15) asString ToBe: '1000000000000000.0'.
        expect: 0.0 infinity asString ToBe: 'inf'.
        expect: 0.0 infinity negated asString ToBe: '-inf'.
        expect: 0.0 nan asString ToBe: 'nan'.
        expect: 0.0 asString ToBe: '0.0'.
        expect: (minus: 1.5) asString ToBe: '-1.5'.
        expect: 1.5 printString ToBe: '1.5'.
        "The smallest subnormal and the largest finite double."
        expect: (2.0 raisedTo: 1074 negate) asString ToBe: '5e-324'.
        expect: ((2.0 - (2.0 raisedTo: 52 negate)) * (2.0 raisedTo: 1023)) asString ToBe: '1.7976931348623157e+308'.
        expect: '1.7976931348623157e+308' asFloat ToBe: ((2.0 - (2.0 raisedTo: 52 negate)) * (2.0 raisedTo: 1023)) ).
|) run.
