"Inline methods (language.md 7.6): a method declared in another method's
 slot list runs with the same receiver, reads and assigns the enclosing
 method's arguments and locals, and '^' inside a block within it returns
 from the inline method, not from the enclosing method."
(|
    parent* = std testing test.
    tag = 'receiver'.

    counting = ( | count <- 0. bump = ( count: count + 1. self ) |
        bump.
        bump.
        count ).

    receiverOfInline = ( | who = ( self ) |
        who ).

    argumentVisible: a = ( | twice = ( a + a ). resetThenRead = ( a: 0. a ) |
        twice + resetThenRead + a ).

    returnFromInline = ( | inl = ( [ ^ 1 ] value. 2 ) |
        inl + 10 ).

    tagFromInline = ( | t = ( tag ) |
        t ).

    run = (
        expect: counting ToBe: 2.
        expectToBeTrue: (receiverOfInline _Eq: self).
        expect: (argumentVisible: 5) ToBe: 10.
        expect: returnFromInline ToBe: 11.
        expect: tagFromInline ToBe: 'receiver' ).
|) run.
