"A float literal operand of an arithmetic instruction is loaded as an immediate
 float (ArithmeticExtension.leftFloatLiteral, rightFloatLiteral): the results
 are the receiver's with every kind of other operand (small and big integers,
 immediate floats and float objects), and a redefined operator sees the
 literal as its receiver, a new float object at each evaluation."
(|
    parent* = std testing test.

    twice: x = ( 2.0 * x ).
    plusHalf: x = ( 0.5 + x ).
    half: x = ( x * 0.5 ).
    above: x = ( x > 4.0 ifTrue: [ 'above' ] False: [ 'not above' ] ).
    shifted: x = ( (1.5 + x) * 2.0 ).
    "Non-commutative operators keep the literal on the left."
    minus: x = ( 1.0 - x ).
    over: x = ( 1.0 / x ).

    run = ( | big. a. b |
        big: 2 raisedTo: 70.
        expect: (twice: 3) ToBe: 6.
        expect: (twice: 3) asString ToBe: '6.0'.
        expect: (twice: 1.25) ToBe: 2.5.
        expect: (twice: 0.0) asString ToBe: '0.0'.
        expect: (twice: 0.0 negated) asString ToBe: '-0.0'.
        expect: (twice: (10 raisedTo: 300) asFloat) ToBe: (2 * (10 raisedTo: 300)) asFloat.
        expect: (twice: big) ToBe: (2 raisedTo: 71) asFloat.
        expect: (plusHalf: 2) asString ToBe: '2.5'.
        expect: (plusHalf: 0.25) ToBe: 0.75.
        expect: (half: 5) ToBe: 2.5.
        expect: (half: 3.0) ToBe: 1.5.
        expect: (above: 4.5) ToBe: 'above'.
        expect: (above: 4) ToBe: 'not above'.
        expect: (above: 5) ToBe: 'above'.
        expect: (shifted: 1) ToBe: 5.
        expect: (minus: 0.25) ToBe: 0.75.
        expect: (minus: 2) ToBe: 1.0 negated.
        expect: (over: 4) ToBe: 0.25.

        "A redefined * and + see the literal as their receiver, new at each evaluation."
        std traits float _AddSlots: (| literalOperandsSeen.
            * n = ( literalOperandsSeen: self. 'times' ). + n = ( literalOperandsSeen: self. 'plus' ) |).
        expect: (twice: 3) ToBe: 'times'.
        expect: std traits float literalOperandsSeen ToBe: 2.
        a: std traits float literalOperandsSeen.
        expect: (twice: 3.5) ToBe: 'times'.
        b: std traits float literalOperandsSeen.
        expectToBeTrue: (a = b).
        expectToBeFalse: (a _Eq: b).
        expect: (plusHalf: 1) ToBe: 'plus'.
        expect: std traits float literalOperandsSeen ToBe: 0.5.
        expect: (half: 4.0) ToBe: 'times'.
        expect: std traits float literalOperandsSeen ToBe: 4.0.
        std traits float _AddSlots: (| * n = ( _FloatMul: n ). + n = ( _FloatAdd: n ) |).
        expect: (twice: 3) ToBe: 6.
        expect: (plusHalf: 1) ToBe: 1.5 ).
|) run.
