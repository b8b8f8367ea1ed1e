"Runs of integer operations on locals that the compiler gives an arithmetic
 block (docs/bytecode.md, 'Arithmetic blocks': a chain of four or more
 operations, each an operand of the next, with no integer literal) give what
 the operations one at a time give: floored division and modulo of negative
 numbers, a comparison that ends the block, an overflow anywhere in the block
 (a big integer, exactly past 2^62), a zero divisor, big integer and float
 operands, and a redefined operator."
(|
    parent* = std testing test.

    max = 4611686018427387903.

    chain: a With: b With: c = ( | x. y. z | x: a. y: b. z: c. (((x * y) - z) * x) + (y / z) ).
    chainByOne: a With: b With: c = ( | r |
        r: (a * b) value. r: (r - c) value. r: (r * a) value. (r + (b / c)) value ).
    remainders: a With: b = ( | x. y | x: a. y: b. (((x % y) * y) + (x / y)) - (x % (y + y)) ).
    remaindersByOne: a With: b = ( | r. s |
        r: (a % b) value. r: (r * b) value. r: (r + (a / b)) value. s: (b + b) value.
        (r - (a % s)) value ).
    within: a With: b With: c = ( | x. y. z | x: a. y: b. z: c. (((x * x) + (y * y)) - z) <= (z * z) ).

    run = ( | values |
        values: ((((((std vector copyRemoveAll add: 0) add: 1) add: 7) add: 0 - 7) add: 12) add: 0 - 2) add: 3.
        values each: [| :a |
            values each: [| :b |
                (b = 0) ifFalse: [
                    expect: (chain: a With: b With: b) ToBe: (chainByOne: a With: b With: b).
                    expect: (remainders: a With: b) ToBe: (remaindersByOne: a With: b) ] ] ].
        expect: (chain: 3 With: 4 With: 2) ToBe: 32.
        expect: (chain: 0 - 3 With: 5 With: 0 - 2) ToBe: 36.
        expect: (within: 3 With: 4 With: 5) ToBe: true.
        expect: (within: 30 With: 4 With: 5) ToBe: false.

        "An overflow anywhere: the operations one by one, which give a big integer."
        expect: (chain: max With: 1 With: 1) asString ToBe: '21267647932558653952625854909203349507'.
        expect: (chain: max With: 2 With: 1) asString ToBe: '42535295865117307909863395836834086917'.
        expect: (chain: 3037000499 With: 3037000499 With: 1) asString
            ToBe: '28011385460385661648235251499'.
        expect: (within: 3037000500 With: 0 With: 0) ToBe: false.
        expect: (within: 2147483648 With: 2147483648 With: 4294967296) ToBe: true.
        "Big integers and floats as operands."
        expect: (chain: (2 raisedTo: 70) With: 1 With: 1) ToBe: ((2 raisedTo: 140) - (2 raisedTo: 70)) + 1.
        expect: (chain: 3 With: 4.0 With: 2) ToBe: 32.0.
        expect: (within: 3.0 With: 4 With: 5) ToBe: true.

        "A redefined operator: the block steps aside and the method runs."
        0 parent _AddSlots: (| - x = ( 100 ) |).
        expect: (chain: 3 With: 4 With: 2) ToBe: 302.
        0 parent _AddSlots: (| - x = ( _IntSub: x ) |).
        expect: (chain: 3 With: 4 With: 2) ToBe: 32 ).
|) run.
