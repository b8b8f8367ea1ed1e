"Runs of float operations on locals and literals that the compiler gives an
 arithmetic block (docs/bytecode.md, 'Arithmetic blocks': a chain of four or
 more operations, each an operand of the next) give what the operations one at
 a time give, bit for bit: every shape, blocks across statements, comparisons
 that end a block tested by inlined conditionals and loops, -0.0, NaN and the
 infinities, operands and results without an immediate form, integer operands,
 float modulo, and a redefined operator. Each 'byOne' method computes the same
 operations one per statement, with a send (asFloat) between them, so that no
 block forms there."
(|
    parent* = std testing test.

    chain: a With: b With: c = ( | x. y. z | x: a. y: b. z: c. (((x - y) + z) * 2.0) - x ).
    chainByOne: a With: b With: c = ( | r |
        r: (a - b) asFloat. r: (r + c) asFloat. r: (r * 2.0) asFloat. (r - a) asFloat ).
    "A leaf on the left of the rest."
    leafLeft: a With: b With: c = ( | x. y. z | x: a. y: b. z: c. x - (y * (z - (x / y))) ).
    leafLeftByOne: a With: b With: c = ( | r |
        r: (a / b) asFloat. r: (c - r) asFloat. r: (b * r) asFloat. (a - r) asFloat ).
    "Two operands that are both results."
    pairs: a With: b With: c = ( | x. y. z | x: a. y: b. z: c. (((x * x) + (y * y)) + (z * z)) / 2.0 ).
    pairsByOne: a With: b With: c = ( | r. s |
        r: (a * a) asFloat. s: (b * b) asFloat. r: (r + s) asFloat. s: (c * c) asFloat.
        r: (r + s) asFloat. (r / 2.0) asFloat ).
    "Statements: the second reads what the first assigned; both locals live on."
    statements: a With: b = ( | x. y. u. v |
        x: a. y: b.
        u: ((x * y) - x) + y.
        v: (u * u) - (x / u).
        (u * 1000.0) + v ).
    statementsByOne: a With: b = ( | u. v. t |
        u: (a * b) asFloat. u: (u - a) asFloat. u: (u + b) asFloat.
        v: (u * u) asFloat. t: (a / u) asFloat. v: (v - t) asFloat.
        t: (u * 1000.0) asFloat. (t + v) asFloat ).
    "A comparison ends a block, answered and tested."
    escapes: a With: b = ( | x. y | x: a. y: b. (((x * x) + (y * y)) * 1.0) > 4.0 ).
    count: a = ( | x. n <- 0 |
        x: a.
        [ (((x * x) + 1.0) * 1.0) < 100.0 ] whileTrue: [ x: x + 1.0. n: n + 1 ].
        n ).
    sign: a = ( | x | x: a. (((x * 2.0) - 1.0) * 1.0) >= 0.5 ifTrue: [ 'up' ] False: [ 'down' ] ).
    equal: a With: b = ( | x. y | x: a. y: b. (((x + 0.5) * 1.0) - 0.5) = (y * 1.0) ).
    unequal: a With: b = ( | x. y | x: a. y: b. (((x + 0.5) * 1.0) - 0.5) != (y * 1.0) ).
    "Float modulo is left to the operations one by one."
    modulo: a With: b = ( | x. y | x: a. y: b. (((x * 1.0) + 0.5) * 1.0) % (y + 0.5) ).
    "Mandelbrot's loop: the iterations before the point escapes."
    orbit: cr With: ci = ( | zr. zi <- 0.0. zrzr <- 0.0. zizi <- 0.0. z <- 0. going <- true |
        [ going && [ z < 50 ] ] whileTrue: [
            zr: (zrzr - zizi) + cr.
            zi: ((2.0 * zr) * zi) + ci.
            zrzr: zr * zr.
            zizi: zi * zi.
            (zrzr + zizi) > 4.0 ifTrue: [ going: false ].
            z: z + 1 ].
        z ).

    "The same double: NaN for NaN, and for -0.0 and 0.0, which are equal, the
     same reciprocal."
    sameBits: a With: b = (
        a isNaN ifTrue: [ expectToBeTrue: b isNaN ] False: [
            expect: a ToBe: b.
            expect: (1.0 / a) ToBe: (1.0 / b) ] ).

    run = ( | values. negativeZero. nan. infinity. huge. tiny |
        negativeZero: 1.0 negated * 0.0.
        nan: 0.0 nan.
        infinity: 0.0 infinity.
        huge: '1e300' asFloat.
        tiny: '1e-300' asFloat.
        values: (((((((std vector copyRemoveAll add: 0.0) add: negativeZero) add: 1.5) add: 0.1) add: 3.0 negated)
            add: nan) add: infinity) add: huge.
        values: ((((values add: tiny) add: infinity negated) add: 0.3) add: 7.0) add: '2.5e-80' asFloat.
        values each: [| :a |
            values each: [| :b |
                sameBits: (chain: a With: b With: 0.25) With: (chainByOne: a With: b With: 0.25).
                sameBits: (leafLeft: a With: b With: 0.7) With: (leafLeftByOne: a With: b With: 0.7).
                sameBits: (pairs: a With: b With: 0.3) With: (pairsByOne: a With: b With: 0.3).
                sameBits: (statements: a With: b) With: (statementsByOne: a With: b) ] ].
        expect: (chain: 0.1 With: 0.2 With: 0.3) asString ToBe: '0.29999999999999993'.
        expect: (pairs: 1.0 With: 2.0 With: 3.0) ToBe: 7.0.
        expect: (pairs: huge With: 0.0 With: 0.0) ToBe: infinity.
        expect: (chain: tiny With: 0.0 With: 0.0) asString ToBe: '1e-300'.

        expect: (escapes: 1.5 With: 1.5) ToBe: true.
        expect: (escapes: 1.0 With: 1.0) ToBe: false.
        expect: (escapes: nan With: 1.0) ToBe: false.
        expect: (escapes: infinity With: 0.0) ToBe: true.
        expect: (escapes: huge With: 0.0) ToBe: true.
        expect: (count: 0.5) ToBe: 10.
        expect: (sign: 0.75) ToBe: 'up'.
        expect: (sign: 0.25) ToBe: 'down'.
        expect: (sign: nan) ToBe: 'down'.
        expect: (equal: 1.5 With: 1.5) ToBe: true.
        expect: (equal: nan With: nan) ToBe: false.
        expect: (equal: negativeZero With: 0.0) ToBe: true.
        expect: (unequal: 1.5 With: 1.5) ToBe: false.
        expect: (unequal: nan With: nan) ToBe: true.
        expect: (modulo: 7.5 With: 2.0) ToBe: 0.5.
        expect: (modulo: 7.5 negated With: 2.0) ToBe: 0.5.
        expect: (orbit: 0.0 With: 0.0) ToBe: 50.
        expect: (orbit: 1.0 With: 1.0) ToBe: 2.
        expect: (orbit: 1.5 negated With: 0.1) ToBe: 5.
        expect: (orbit: 0.27 With: 0.0) ToBe: 20.
        expect: (orbit: 0.1 negated With: 0.9) ToBe: 40.

        "Integers and floats mixed, and big integers: each operation promotes as
         it always does."
        expect: (chain: 5 With: 2.0 With: 1) ToBe: 3.0.
        expect: (chain: 5 With: 2 With: 1) ToBe: 3.0.
        expect: (pairs: 1 With: 2.0 With: 3) ToBe: 7.0.
        expect: (pairs: (2 raisedTo: 40) With: 0.5 With: 0) ToBe: ((2 raisedTo: 80) + 0.25) / 2.0.
        expect: (escapes: 2 With: 1) ToBe: true.
        expect: (leafLeft: 10.0 With: 4 With: 3) ToBe: 8.0.

        "A redefined operator: the block steps aside and the method runs."
        std traits float _AddSlots: (| - x = ( 0.5 ) |).
        expect: (chain: 5.5 With: 2.0 With: 0.25) ToBe: 0.5.
        expect: (orbit: 0.27 With: 0.0) ToBe: 50.
        std traits float _AddSlots: (| - x = ( _FloatSub: x ) |).
        expect: (chain: 5.5 With: 2.0 With: 0.25) ToBe: 2.0.
        expect: (orbit: 0.27 With: 0.0) ToBe: 20 ).
|) run.
