"testing.self: std testing test (world-api.md 17): every expectation that
 passes. Each failing case is a separate testing-*.error.self file."

(|
    parent* = std testing test.

    run = ( | o. equalToAll |
        o: (| parent* = std traits clonable |).
        "expect:ToBe: sends '=' to the expected value, not the actual one."
        equalToAll: (| parent* = std traits clonable. = x = (true) |).
        expect: 3 ToBe: equalToAll.
        expect: equalToAll ToNotBe: 3.
        expectToBeTrue: true.
        expectToBeFalse: false.
        expect: 3 ToBe: 3.
        expect: 'abc' ToBe: 'abc' copy.
        expect: (1 & 2) asVector ToBe: (1 & 2) asArray.
        expect: 3 ToNotBe: 4.
        expect: 'abc' ToNotBe: 'abd'.
        expect: o ToBeIdenticalTo: o.
        expect: nil ToBeIdenticalTo: nil.
        expect: o ToNotBeIdenticalTo: o clone.
        expect: 'a' ToNotBeIdenticalTo: 'a'.
        expect: 5 ToBeGreaterThan: 4.
        expect: (expectToNotFail: [| :fail | 42 ]) ToBe: 42.
        expect: (expectToNotFail: [ 43 ]) ToBe: 43.
        expect: (expectToFail: [| :fail | fail value. _Error: 'not reached' ]) ToBeIdenticalTo: nil.
        expect: (expectToFail: [| :fail | fail value: 2. _Error: 'not reached' ]) ToBeIdenticalTo: nil.
        expectToFail: [| :fail | std file open: 'Tests/Scripts/fixtures/world/no-such-file' IfFail: fail ].
        expect: std testing test copy ToBeIdenticalTo: std testing test ).
|) run.
