"An inlined conditional whose value an inlined conditional or loop tests
 (CodeGenerator.duplicateBranches): each of its branches tests the value itself,
 a true test skipping to where the outer test goes on. && and || conditions of
 loops and conditionals, nested ifTrue:False: values as conditions, a branch
 that answers a non-boolean (the outer conditional's real send), a comparison
 redefined to answer one, and redefined conditionals (their guards tripped) all
 behave as the sends they stand for."
(|
    parent* = std testing test.

    "The loop of Mandelbrot: its condition an inlined ifTrue:False:."
    stepsBelow: limit Flag: flag = ( | z <- 0. going |
        going: flag.
        [ going ifTrue: [ z < limit ] False: [ false ] ] whileTrue: [
            z: z + 1.
            z = 7 ifTrue: [ going: false ] ].
        z ).
    countWhile: n And: m = ( | i <- 0 | [ (i < n) && [ i < m ] ] whileTrue: [ i: i + 1 ]. i ).
    countUnless: n Or: m = ( | i <- 0 | [ (i >= n) || [ i >= m ] ] whileFalse: [ i: i + 1 ]. i ).
    both: a And: b = ( ((a > 0) && [ b > 0 ]) ifTrue: [ 'both' ] False: [ 'not both' ] ).
    either: a Or: b = ( ((a > 0) || [ b > 0 ]) ifTrue: [ 'either' ] False: [ 'neither' ] ).
    pick: x = ( (x ifTrue: [ 1 < 2 ] False: [ 2 < 1 ]) ifTrue: [ 'yes' ] False: [ 'no' ] ).
    answer: x = ( (x ifTrue: [ 3 ] False: [ false ]) ifTrue: [ 'yes' ] False: [ 'no' ] ).
    floats: x = ( ((x > 1.5) && [ x < 2.5 ]) ifTrue: [ 'inside' ] False: [ 'outside' ] ).

    run = (
        expect: (stepsBelow: 50 Flag: true) ToBe: 7.
        expect: (stepsBelow: 5 Flag: true) ToBe: 5.
        expect: (stepsBelow: 50 Flag: false) ToBe: 0.
        expect: (countWhile: 10 And: 4) ToBe: 4.
        expect: (countWhile: 3 And: 40) ToBe: 3.
        expect: (countWhile: 0 And: 40) ToBe: 0.
        expect: (countUnless: 10 Or: 4) ToBe: 4.
        expect: (countUnless: 3 Or: 40) ToBe: 3.
        expect: (both: 1 And: 1) ToBe: 'both'.
        expect: (both: 1 And: 0) ToBe: 'not both'.
        expect: (both: 0 And: 1) ToBe: 'not both'.
        expect: (either: 0 Or: 0) ToBe: 'neither'.
        expect: (either: 0 Or: 1) ToBe: 'either'.
        expect: (either: 1 Or: 0) ToBe: 'either'.
        expect: (either: 0 Or: 0) ToBe: 'neither'.
        expect: (pick: true) ToBe: 'yes'.
        expect: (pick: false) ToBe: 'no'.
        expect: (answer: false) ToBe: 'no'.
        expect: (floats: 2.0) ToBe: 'inside'.
        expect: (floats: 3) ToBe: 'outside'.
        expect: (floats: 1) ToBe: 'outside'.

        "A branch answering a non-boolean: the outer conditional is a real send to it."
        std traits integer _AddSlots: (| ifTrue: t False: f = ( 'sent to 3' ) |).
        expect: (answer: true) ToBe: 'sent to 3'.

        "A comparison answering a non-boolean, in the inner and the outer test."
        std traits integer _AddSlots: (| > n = ( (| ifTrue: t False: f = ( 'odd answer' ). && b = ( self ) |) ) |).
        expect: (both: 1 And: 1) ToBe: 'odd answer'.
        std traits integer _AddSlots: (| > n = ( _IntGT: n ) |).
        expect: (both: 1 And: 1) ToBe: 'both'.

        "Redefined conditionals on booleans run instead of the inlined tests."
        true _AddSlots: (| ifTrue: t False: f = ( f value ) |).
        expect: (pick: true) ToBe: 'no'.
        expect: (both: 1 And: 1) ToBe: 'not both'.
        true _AddSlots: (| ifTrue: t False: f = ( t value ) |).
        expect: (pick: true) ToBe: 'yes'.
        expect: (stepsBelow: 50 Flag: true) ToBe: 7.
        true _AddSlots: (| && b = ( false ) |).
        expect: (countWhile: 10 And: 4) ToBe: 0.
        true _AddSlots: (| && b = ( b value ) |).
        expect: (countWhile: 10 And: 4) ToBe: 4 ).
|) run.
