"Assignment to a local variable or argument (language.md 7.1, 7.5): the
 expression evaluates to self (the receiver), reading the local gives its
 current value, and blocks assign the enclosing method's locals."
(|
    parent* = std testing test.

    marker = 'receiver'.
    identity: x = (x).

    localAssignmentValue = ( | l |
        l: 3 ).

    argumentAssignmentValue: a = (
        a: 4 ).

    run = ( | l. counter |
        expectToBeTrue: ((l: 3) _Eq: self).
        expect: l ToBe: 3.
        "Messages sent to the value reach the receiver; passing it passes the
         receiver."
        expect: (l: 4) marker ToBe: 'receiver'.
        expectToBeTrue: ((identity: (l: 5)) _Eq: self).
        expect: l ToBe: 5.
        expectToBeTrue: (localAssignmentValue _Eq: self).
        expectToBeTrue: ((argumentAssignmentValue: 1) _Eq: self).
        counter: 0.
        [ counter: counter + 1 ] value.
        [ [ counter: counter + 10 ] value ] value.
        expect: counter ToBe: 11.
        "A block's assignment to a method local also evaluates to self."
        expectToBeTrue: ([ counter: 0 ] value _Eq: self).
        expect: counter ToBe: 0 ).
|) run.
