"Quirk (language.md 7.2, 13.6): the initial values of a method's locals are
 computed once, when the method object is built, and every activation starts
 with the same references. 'm = (| v <- list copy | ...)' hands the same list
 to every call, and a string initializer keeps being mutated."
(|
    parent* = std testing test.

    make = ((|
        parent* = std traits clonable.
        m = ( | v <- std vector copyRemoveAll |
            v add: 1.
            v size ).
        s = ( | str <- 'a' |
            str at: 0 Put: (str at: 0) + 1.
            str ).
        same = ( | v <- std vector copyRemoveAll | v )
    |)).

    run = (
        testSharedCollection.
        testSharedString.
        testNewLiteralNewMethods.
        testClonesShareMethods ).

    testSharedCollection = ( | o |
        o: make.
        expect: o m ToBe: 1.
        expect: o m ToBe: 2.
        expect: o m ToBe: 3.
        expectToBeTrue: (o same _Eq: o same) ).

    testSharedString = ( | o. first |
        o: make.
        first: o s.
        expect: first ToBe: 'b'.
        expect: o s ToBe: 'c'.
        expectToBeTrue: (o s _Eq: first).
        expect: first ToBe: 'd' ).

    "Each evaluation of the object literal builds new method objects, so each
     has its own initial values."
    testNewLiteralNewMethods = ( | o1. o2 |
        o1: make.
        o2: make.
        o1 m.
        o1 m.
        expect: o2 m ToBe: 1.
        expect: o1 m ToBe: 3 ).

    "A clone shares its method slots, so it shares their initial values."
    testClonesShareMethods = ( | o. c |
        o: make.
        o m.
        c: o clone.
        expect: c m ToBe: 2.
        expect: o m ToBe: 3 ).
|) run.
