"testing.self: std testing test, the assertions of script tests
 (world-api.md 17).

 Test objects inherit it ('parent* = std testing test') and send the
 expectations to themselves. There is no runner: a test passes when its script
 finishes without a runtime error (cli.md 6), and every failed expectation
 raises one with _Error:. Equality failures first print both values:
 'Expected: ' on standard output, the value dumped with _Inspect on standard
 error, a newline on standard output, then the same for 'Actual: '."

std _AddSlots: (|
    testing = (|
        test = (|
            parent* = std traits singleton.

            expectToBeTrue: x = (
                x ifFalse: [ _Error: 'Expected expression to be true' ].
                self ).

            expectToBeFalse: x = (
                x ifTrue: [ _Error: 'Expected expression to be false' ].
                self ).

            "Passes when 'expected = actual': expected is the receiver of '='."
            expect: actual ToBe: expected = (
                expected = actual ifFalse: [
                    show: 'Expected: ' Value: expected.
                    show: 'Actual: ' Value: actual.
                    _Error: 'Expected equal values' ].
                self ).

            expect: actual ToNotBe: expected = (
                expected = actual ifTrue: [
                    show: 'Expected: ' Value: expected.
                    show: 'Actual: ' Value: actual.
                    _Error: 'Expected unequal values' ].
                self ).

            expect: actual ToBeIdenticalTo: expected = (
                expected == actual ifFalse: [
                    show: 'Expected: ' Value: expected.
                    show: 'Actual: ' Value: actual.
                    _Error: 'Expected identical values' ].
                self ).

            expect: actual ToNotBeIdenticalTo: expected = (
                expected == actual ifTrue: [ _Error: 'Expected non-identical values' ].
                self ).

            expect: actual ToBeGreaterThan: v = (
                actual > v ifFalse: [
                    show: 'Value: ' Value: v.
                    show: 'Actual: ' Value: actual.
                    _Error: 'Expected actual value to be greater than given value' ].
                self ).

            "Answers 'blk value: failBlock'; the fail block raises an error if it
             is ever sent value or value:."
            expectToNotFail: blk = (blk value: [ _Error: 'Unexpected failure' ]).

            "Sends 'blk value: failBlock'. Sending value or value: to the fail
             block makes expectToFail: answer nil at once; finishing without
             doing so is an error."
            expectToFail: blk = (
                blk value: [ ^ nil ].
                _Error: 'Expected failure block to be called' ).

            "Private: writes the label to standard output, dumps the value to
             standard error, then ends the line on standard output."
            show: label Value: v = (
                std out write: label.
                v _Inspect.
                std out write: '\n'.
                self ).
        |).
    |).
|).
