"The lobby and the global objects (language.md 10): the lobby holds nil,
 lobby, globals* and defaultBehavior*; globals holds std, true and false;
 std traits clonable and singleton have the lobby as parent, so every world
 value reaches the global names by inheritance, and slots added to globals
 are seen everywhere."
(|
    parent* = std testing test.

    run = (
        expectToBeTrue: (lobby nil _Eq: _Nil).
        expectToBeTrue: (lobby lobby _Eq: lobby).
        expectToBeTrue: (lobby globals std _Eq: std).
        expectToBeTrue: (lobby globals true _Eq: (0 _IntLT: 1)).
        expectToBeTrue: (lobby globals false _Eq: (1 _IntLT: 0)).
        expectToBeTrue: (std traits clonable parent _Eq: lobby).
        expectToBeTrue: (std traits singleton parent _Eq: lobby).
        expectToBeTrue: (3 std _Eq: std).
        expectToBeTrue: ('x' nil _Eq: nil).
        expectToBeTrue: ([] true _Eq: true).
        expectToBeTrue: (nil false _Eq: false).
        expectToBeTrue: (std traits integer _Eq: 0 parent).
        expectToBeTrue: (std traits string _Eq: '' parent).
        expectToBeTrue: (std traits block _Eq: [] parent).
        expectToBeTrue: (std traits float _Eq: 0.0 parent).
        lobby globals _AddSlots: (| lookupTestViaGlobals = 'seen' |).
        expect: 3 lookupTestViaGlobals ToBe: 'seen'.
        expect: 'abc' lookupTestViaGlobals ToBe: 'seen'.
        expect: nil lookupTestViaGlobals ToBe: 'seen' ).
|) run.
