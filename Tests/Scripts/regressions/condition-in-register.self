"A conditional whose receiver is a variable in a register, and a whileTrue:
 whose condition is only such a variable, test the variable where it is: the
 branches see it, a body that assigns it ends the loop, and a variable holding
 a non-boolean makes the real send to it."
(|
    parent* = std testing test.

    pick: flag = ( flag ifTrue: [ 'yes' ] False: [ 'no' ] ).
    flip: flag = ( | f | f: flag. f ifTrue: [ f: false ] False: [ f: true ]. f ).
    turns = ( | more <- true. n <- 0 | [ more ] whileTrue: [ n: n + 1. n = 5 ifTrue: [ more: false ] ]. n ).
    falseTurns = ( | done <- false. n <- 0 | [ done ] whileFalse: [ n: n + 1. done: n = 3 ]. n ).
    odd = ( | o | o: (| ifTrue: t False: f = ( 'odd' ) |). o ifTrue: [ 'yes' ] False: [ 'no' ] ).

    run = (
        expect: (pick: true) ToBe: 'yes'.
        expect: (pick: false) ToBe: 'no'.
        expect: (pick: (| ifTrue: t False: f = ( f value , '!' ) |)) ToBe: 'no!'.
        expect: (flip: true) ToBe: false.
        expect: (flip: false) ToBe: true.
        expect: turns ToBe: 5.
        expect: falseTurns ToBe: 3.
        expect: odd ToBe: 'odd' ).
|) run.
