"An == that an inlined conditional or loop tests takes the branch itself when
 the send's cache answers it (SendSite.fusedBranch): identical and different
 objects branch both ways, a loop over a linked list stops at its end, the
 value is still there for && and ||, and an == that is not the identity
 primitive (redefined on the receiver), or a redefined ifTrue:False:, runs as
 a send."
(|
    parent* = std testing test.

    node = (| parent* = std traits clonable. next. |).
    chainOf: n = ( | head | 0 to: n Do: [| :i | head: (node copy next: head) ]. head ).
    lengthOf: list = ( | n <- 0. at | at: list. [ nil == at ] whileFalse: [ n: n + 1. at: at next ]. n ).
    same: a As: b = ( a == b ifTrue: [ 'same' ] False: [ 'different' ] ).
    both: a And: b = ( (a == a) && [ a == b ] ).
    neither: a Or: b = ( (a == b) || [ nil == a ] ).

    run = ( | odd |
        expect: (lengthOf: (chainOf: 5)) ToBe: 5.
        expect: (lengthOf: nil) ToBe: 0.
        expect: (same: 3 As: 3) ToBe: 'same'.
        expect: (same: node As: node copy) ToBe: 'different'.
        expect: (same: nil As: nil) ToBe: 'same'.
        expect: (both: 1 And: 1) ToBe: true.
        expect: (both: 1 And: 2) ToBe: false.
        expect: (neither: 1 Or: 2) ToBe: false.
        expect: (neither: nil Or: 2) ToBe: true.
        odd: (| == x = ( 'not a boolean' ). ifTrue: t False: f = ( 'odd' ) |).
        expect: (odd == odd) ToBe: 'not a boolean'.
        true _AddSlots: (| ifTrue: t False: f = ( 'redefined' ) |).
        expect: (same: 3 As: 3) ToBe: 'redefined'.
        true _AddSlots: (| ifTrue: t False: f = ( t value ) |).
        expect: (same: 3 As: 3) ToBe: 'same' ).
|) run.
