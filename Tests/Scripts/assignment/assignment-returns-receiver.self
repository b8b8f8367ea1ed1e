"Assignment answers the receiver of the message, not the stored value
 (language.md 7.1, quirk 13.7): '(p x: 3) y: 4' sets two slots of p."
(|
    parent* = std testing test.

    run = (
        testSlotAssignment.
        testChainedAssignment.
        testInheritedAssignmentAnswersReceiverNotHolder ).

    testSlotAssignment = ( | p |
        p: (| x <- 0. y <- 0 |).
        expectToBeTrue: ((p x: 3) _Eq: p).
        expect: p x ToBe: 3 ).

    testChainedAssignment = ( | p |
        p: (| x <- 0. y <- 0 |).
        (p x: 3) y: 4.
        expect: p x ToBe: 3.
        expect: p y ToBe: 4.
        ((p x: 5) y: 6) x: 7.
        expect: p x ToBe: 7.
        expect: p y ToBe: 6 ).

    "The slot lives in the parent; the result is still the child that
     received the message."
    testInheritedAssignmentAnswersReceiverNotHolder = ( | holder. child |
        holder: (| shared <- 0 |).
        child: (| p* = holder |).
        expectToBeTrue: ((child shared: 9) _Eq: child).
        expectToBeFalse: ((child shared: 9) _Eq: holder) ).
|) run.
