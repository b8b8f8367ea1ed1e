"_EvaluateStringIfFail: (primitives.md 3.1): answers the code's value; on a
 parse, compile or runtime error it sends 'value' (no argument) to the
 failure object and answers the result; the caller is not terminated; slots
 added to the lobby persist; a slot list at the start is ignored."
(|
    parent* = std testing test.

    "Answers which message it got, so the test can tell value from value:."
    failure = (| value = ('value'). value: x = ('value:') |).

    run = (
        expect: ('3 + 4' _EvaluateStringIfFail: failure) ToBe: 7.
        expectToBeTrue: ('' _EvaluateStringIfFail: failure) == nil.
        expect: ('1 + 2 * 3' _EvaluateStringIfFail: failure) ToBe: 'value'.
        expect: ('3 _PrimitivesTestNoSuchPrimitive' _EvaluateStringIfFail: failure) ToBe: 'value'.
        expect: ('3 primitivesTestNoSuchSelector' _EvaluateStringIfFail: failure) ToBe: 'value'.
        expect: ('_Error: \'x\'' _EvaluateStringIfFail: failure) ToBe: 'value'.
        "A failure block with a non-local return."
        expect: nonLocalFromFailure ToBe: 'escaped'.
        "The evaluated code runs with the lobby as self."
        expectToBeTrue: (('self' _EvaluateStringIfFail: failure) _Eq: lobby).
        "Slots it adds to the lobby persist."
        '_AddSlots: (| primitivesTestEvaluated = 5 |)' _EvaluateStringIfFail: failure.
        expect: primitivesTestEvaluated ToBe: 5.
        "A leading slot list is ignored."
        expect: ('| primitivesTestIgnored | primitivesTestIgnored' _EvaluateStringIfFail: failure) ToBe: 'value'.
        "A top-level non-local return ends the evaluated code with its value."
        expect: ('[ ^ 9 ] value. 10' _EvaluateStringIfFail: failure) ToBe: 9 ).

    nonLocalFromFailure = (
        '3 primitivesTestMissing' _EvaluateStringIfFail: [ ^ 'escaped' ].
        'not escaped' ).
|) run.
