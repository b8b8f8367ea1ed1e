"Slot kinds (language.md 4.2): 'name' is assignable and starts as nil,
 'name <- expr' is assignable with an initial value, 'name = expr' is a
 constant, and an assignable slot 'foo' also answers 'foo:'."
(|
    parent* = std testing test.

    run = (
        testPlainAssignableStartsNil.
        testAssignableWithInitialValue.
        testConstant.
        testSetterIsTheSameSlot.
        testSlotsHoldAnyValue.
        testTrailingPeriodAndEmptyLists ).

    testPlainAssignableStartsNil = ( | o |
        o: (| a. b |).
        expectToBeTrue: (o a _Eq: nil).
        expectToBeTrue: (o b _Eq: nil).
        o a: 5.
        expect: o a ToBe: 5.
        "The other slot is untouched."
        expectToBeTrue: (o b _Eq: nil) ).

    testAssignableWithInitialValue = ( | o |
        o: (| a <- 3. b <- 'text' |).
        expect: o a ToBe: 3.
        expect: o b ToBe: 'text'.
        o a: 4.
        expect: o a ToBe: 4.
        expect: o b ToBe: 'text' ).

    testConstant = ( | o |
        o: (| c = 4. d = 3 + 4 |).
        expect: o c ToBe: 4.
        expect: o d ToBe: 7 ).

    "'a:' stores into the slot 'a' itself: no separate slot is created, so
     reading 'a' afterwards sees the stored value, and assigning nil works."
    testSetterIsTheSameSlot = ( | o |
        o: (| a <- 1 |).
        o a: 2.
        expect: o a ToBe: 2.
        o a: nil.
        expectToBeTrue: (o a _Eq: nil).
        o a: 10.
        o a: o a + 1.
        expect: o a ToBe: 11 ).

    testSlotsHoldAnyValue = ( | o. inner. blk |
        inner: (| x = 1 |).
        blk: [ 42 ].
        o: (| a <- 0. b <- 0. c <- 0. d <- 0 |).
        o a: inner.
        o b: blk.
        o c: 'str'.
        o d: std array.
        expectToBeTrue: (o a _Eq: inner).
        expectToBeTrue: (o b _Eq: blk).
        expect: o b value ToBe: 42.
        expect: o c ToBe: 'str'.
        expectToBeTrue: (o d _Eq: std array) ).

    testTrailingPeriodAndEmptyLists = ( | o. e1. e2 |
        o: (| a = 1. b = 2. |).
        expect: o a + o b ToBe: 3.
        e1: ().
        e2: (| |).
        expectToBeFalse: (e1 _Eq: e2) ).
|) run.
