"nil.self: the nil object (world-api.md 4)."

(|
    parent* = std testing test.

    run = (
        expect: nil asString ToBe: 'nil'.
        expect: nil copy ToBeIdenticalTo: nil.
        expect: nil value ToBeIdenticalTo: nil.
        expectToBeTrue: nil == nil.
        expectToBeTrue: nil = nil.
        expectToBeFalse: nil == false.
        expectToBeFalse: nil = 0.
        expect: nil parent ToBeIdenticalTo: std traits singleton.
        "An assignable slot without initializer and an empty method answer nil."
        expect: (| x |) x ToBeIdenticalTo: nil.
        expect: (emptyMethodWith: 1) ToBeIdenticalTo: nil ).

    "A keyword method with an empty body answers nil."
    emptyMethodWith: x = ().
|) run.
