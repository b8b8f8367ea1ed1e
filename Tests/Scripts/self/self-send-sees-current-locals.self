"'self foo' is parsed as the implicit-receiver send 'foo' (language.md 6.7),
 so it sees a local named foo. ZigSelf reads the local's initial value
 (defect); the new VM SHOULD give the current value, like a plain 'foo'."
(|
    parent* = std testing test.
    foo = 'slot'.

    readLocal = ( | foo <- 1 |
        foo: 2.
        self foo ).

    readArgument: foo = (
        foo: foo + 1.
        self foo ).

    assignLocal = ( | foo <- 1 |
        self foo: 3.
        foo ).

    readInBlock = ( | foo <- 1 |
        [ foo: 5 ] value.
        [ self foo ] value ).

    run = (
        expect: readLocal ToBe: 2.
        expect: (readArgument: 10) ToBe: 11.
        expect: assignLocal ToBe: 3.
        expect: readInBlock ToBe: 5.
        "Without a local, 'self foo' is the receiver's slot."
        expect: self foo ToBe: 'slot' ).
|) run.
