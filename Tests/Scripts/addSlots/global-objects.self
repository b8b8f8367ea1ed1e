"The lobby, nil, true, false and the traits objects are slots objects
 (language.md 11.7), and slots added to the lobby are seen by every object
 that inherits from it (10.2). The names are unique to this test because all
 tests share one VM."
_AddSlots: (| addSlotsTestGlobal = 'global' |).
nil _AddSlots: (| addSlotsTestNil = 'nil' |).
true _AddSlots: (| addSlotsTestTrue = 'true' |).
false _AddSlots: (| addSlotsTestFalse = 'false' |).
std traits integer _AddSlots: (| addSlotsTestInteger = (self + 1) |).
std traits float _AddSlots: (| addSlotsTestFloat = 'float' |).
(|
    parent* = std testing test.

    run = (
        expect: addSlotsTestGlobal ToBe: 'global'.
        expect: 3 addSlotsTestGlobal ToBe: 'global'.
        expect: 'abc' addSlotsTestGlobal ToBe: 'global'.
        expect: [] addSlotsTestGlobal ToBe: 'global'.
        expect: nil addSlotsTestNil ToBe: 'nil'.
        expect: true addSlotsTestTrue ToBe: 'true'.
        expect: (1 < 0) addSlotsTestFalse ToBe: 'false'.
        expect: 41 addSlotsTestInteger ToBe: 42.
        expect: 1.5 addSlotsTestFloat ToBe: 'float'.
        "The lobby's own identity is unchanged."
        expectToBeTrue: (lobby _Eq: lobby lobby) ).
|) run.
((_AddSlots: (| addSlotsTestResult = 1 |)) _Eq: lobby) ifFalse: [ _Error: 'lobby _AddSlots: did not answer the lobby' ].
