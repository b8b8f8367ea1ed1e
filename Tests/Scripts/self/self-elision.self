"'x self' is x and a lone 'self' stays the self expression (language.md
 6.7); every value answers 'self' with itself (7.4)."
(|
    parent* = std testing test.

    run = ( | o |
        o: (| a = 1 |).
        expect: o self a ToBe: 1.
        expect: 3 self succ ToBe: 4.
        expect: 3 self self ToBe: 3.
        expectToBeTrue: (self self _Eq: self).
        expectToBeTrue: (o self _Eq: o).
        "A slot named self can never be reached: 'x self' is x and a lone
         self is the receiver."
        o: (| self = 3. me = (self) |).
        expectToBeTrue: (o self _Eq: o).
        expectToBeTrue: (o me _Eq: o) ).
|) run.
