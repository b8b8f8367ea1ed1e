"An integer primitive whose result leaves the 63-bit range answers a big
 integer instead of ZigSelf's 'Integer overflow' / 'Integer underflow' (this
 VM's extension, docs/numbers.md), at exactly the edges: 2^62 - 1 is the
 largest small integer and -2^62 the smallest ('1 _IntShl: 62' wraps to it).
 Each line was an expected-error test of ZigSelf's behaviour."
(|
    parent* = std testing test.

    max = 4611686018427387903.
    min = (1 _IntShl: 62).

    is: value Text: text = (
        expect: value asString ToBe: text.
        "A big result is not a small integer: it is past the edge."
        expectToBeTrue: (value _IntEq: value) ).

    run = (
        is: (max _IntAdd: max) Text: '9223372036854775806'.
        is: (min _IntAdd: min) Text: '-9223372036854775808'.
        is: (min _IntAdd: 1 negate) Text: '-4611686018427387905'.
        is: (max _IntAdd: 1) Text: '4611686018427387904'.
        is: (min _IntDiv: 1 negate) Text: '4611686018427387904'.
        is: (min _IntMul: 1 negate) Text: '4611686018427387904'.
        is: ((1 _IntShl: 31) _IntMul: (1 _IntShl: 31)) Text: '4611686018427387904'.
        is: ((1 _IntShl: 31) _IntMul: (1 _IntShl: 32)) Text: '9223372036854775808'.
        is: ((1 _IntShl: 32) _IntMul: (1 _IntShl: 32)) Text: '18446744073709551616'.
        is: ((1 _IntShl: 61) _IntMul: 2) Text: '4611686018427387904'.
        is: min negate Text: '4611686018427387904'.
        is: (max _IntSub: min) Text: '9223372036854775807'.
        is: (min _IntSub: max) Text: '-9223372036854775807'.
        is: (max _IntSub: 1 negate) Text: '4611686018427387904'.
        is: (min _IntSub: 1) Text: '-4611686018427387905'.
        "One step back is a small integer again, the same as the literal."
        expectToBeTrue: (((max _IntAdd: 1) _IntSub: 1) _IntEq: max).
        expectToBeTrue: (((min _IntSub: 1) _IntAdd: 1) _IntEq: min).
        expectToBeTrue: ((((max _IntAdd: 1) _IntSub: 1) parent) _Eq: std traits integer).
        "The modulo of the smallest by -1 stays 0; by the largest, small too."
        expect: (min _IntMod: 1 negate) ToBe: 0.
        expect: (min _IntMod: max) ToBe: max - 1 ).
|) run.
