"'self' always means the receiver object, never a scope (language.md 7.5):
 in methods, blocks, nested blocks, returned, passed and stored."
(|
    parent* = std testing test.
    store.

    returned = ( | local <- 1 |
        self ).

    passed = ( | local <- 1 |
        identity: self ).

    identity: x = (x).

    stored = ( | local <- 1 |
        store: self.
        store ).

    fromBlock = ( | local <- 1 |
        [ [ self ] value ] value ).

    run = ( | clone |
        expectToBeTrue: (returned _Eq: self).
        expectToBeTrue: (passed _Eq: self).
        expectToBeTrue: (stored _Eq: self).
        expectToBeTrue: (fromBlock _Eq: self).
        "Messages to self in a method reach the receiver's slots."
        clone: (| parent* = std traits clonable. v <- 1. get = (self v) |) clone.
        clone v: 2.
        expect: clone get ToBe: 2 ).
|) run.
(self _Eq: lobby) ifFalse: [ _Error: 'self at the top level is not the lobby' ].
