"Block invocation (language.md 7.3): a block with n arguments runs on
 'value', 'value:', 'value:With:', ... (one 'With:' per extra argument); the
 result is the last statement's value, or nil for an empty block."
(|
    parent* = std testing test.

    run = (
        expect: [ 1 ] value ToBe: 1.
        expectToBeTrue: ([] value _Eq: nil).
        expectToBeTrue: (([| :a | ] value: 1) _Eq: nil).
        expect: ([| :a | a ] value: 7) ToBe: 7.
        expect: ([| :a. :b | a - b ] value: 7 With: 2) ToBe: 5.
        expect: ([| :a. :b. :c | (a * 100) + ((b * 10) + c) ] value: 1 With: 2 With: 3) ToBe: 123.
        expect: ([| :a. :b. :c. :d | (a * 1000) + ((b * 100) + ((c * 10) + d)) ]
            value: 1 With: 2 With: 3 With: 4) ToBe: 1234.
        expect: ([| :a. :b. :c. :d. :e | (a * 10000) + ((b * 1000) + ((c * 100) + ((d * 10) + e))) ]
            value: 1 With: 2 With: 3 With: 4 With: 5) ToBe: 12345.
        "Six arguments: no world method has this selector, so only the VM's
         invocation rule can run the block."
        expect: ([| :a. :b. :c. :d. :e. :f | (a * 100000) + ((b * 10000) + ((c * 1000) + ((d * 100) + ((e * 10) + f)))) ]
            value: 1 With: 2 With: 3 With: 4 With: 5 With: 6) ToBe: 123456.
        expect: [ 1. 2. 3 ] value ToBe: 3.
        expect: [ 4. ] value ToBe: 4 ).
|) run.
