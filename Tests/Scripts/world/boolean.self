"boolean.self: true and false (world-api.md 5)."

(|
    parent* = std testing test.

    run = (
        testConditionals.
        testLogic.
        testAssertions.
        testMisc ).

    testConditionals = ( | ran |
        expect: (true ifTrue: [ 1 ] False: [ 2 ]) ToBe: 1.
        expect: (false ifTrue: [ 1 ] False: [ 2 ]) ToBe: 2.
        expect: (true ifFalse: [ 1 ] True: [ 2 ]) ToBe: 2.
        expect: (false ifFalse: [ 1 ] True: [ 2 ]) ToBe: 1.
        expect: (true ifTrue: [ 3 ]) ToBe: 3.
        expect: (false ifTrue: [ 3 ]) ToBeIdenticalTo: nil.
        expect: (true ifFalse: [ 3 ]) ToBeIdenticalTo: nil.
        expect: (false ifFalse: [ 3 ]) ToBe: 3.
        "Non-block arguments are evaluated eagerly and answer themselves."
        expect: (true ifTrue: 'yes' False: 'no') ToBe: 'yes'.
        expect: (false ifTrue: 'yes' False: 'no') ToBe: 'no'.
        expect: (true ifTrue: 4) ToBe: 4.
        expect: (false ifFalse: 5) ToBe: 5.
        "Only the chosen block runs."
        ran: false.
        true ifTrue: [ ran: true ] False: [ _Error: 'wrong branch' ].
        expectToBeTrue: ran.
        ran: false.
        false ifTrue: [ _Error: 'wrong branch' ] False: [ ran: true ].
        expectToBeTrue: ran.
        false ifTrue: [ _Error: 'wrong branch' ].
        true ifFalse: [ _Error: 'wrong branch' ] ).

    testLogic = (
        expect: true not ToBeIdenticalTo: false.
        expect: false not ToBeIdenticalTo: true.
        expect: (true && [ true ]) ToBeIdenticalTo: true.
        expect: (true && [ false ]) ToBeIdenticalTo: false.
        expect: (false && [ _Error: 'must not run' ]) ToBeIdenticalTo: false.
        expect: (true || [ _Error: 'must not run' ]) ToBeIdenticalTo: true.
        expect: (false || [ true ]) ToBeIdenticalTo: true.
        expect: (false || [ false ]) ToBeIdenticalTo: false.
        "The argument may be any value."
        expect: (true && 5) ToBe: 5.
        expect: (false || 7) ToBe: 7.
        expect: (false && 5) ToBeIdenticalTo: false.
        expect: (true || 7) ToBeIdenticalTo: true ).

    testAssertions = (
        expect: true assert ToBeIdenticalTo: nil.
        expect: (true assert: 'never shown') ToBeIdenticalTo: nil.
        expect: (1 < 2; assert) ToBeIdenticalTo: nil ).

    testMisc = (
        expect: true asString ToBe: 'true'.
        expect: false asString ToBe: 'false'.
        expect: true copy ToBeIdenticalTo: true.
        expect: false copy ToBeIdenticalTo: false.
        expect: true value ToBeIdenticalTo: true.
        expectToBeTrue: true = true.
        expectToBeFalse: true = false.
        expectToBeTrue: false != true ).
|) run.
