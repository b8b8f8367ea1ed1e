"'^ expr' ends the block's home method activation with expr as its result;
 activations in between are discarded; for nested blocks the home is the
 outermost enclosing method (language.md 7.7)."
(|
    parent* = std testing test.
    log <- ''.

    callDeep: blk Depth: n = (
        n = 0 ifTrue: [ blk value. log: log , 'not discarded' ].
        callDeep: blk Depth: n - 1.
        log: log , 'not discarded' ).

    simple = (
        [ ^ 1 ] value.
        2 ).

    throughActivations = (
        callDeep: [ ^ 'home' ] Depth: 20.
        'fell through' ).

    nested = (
        [ [ [ ^ 'outer' ] value. 'inner' ] value. 'middle' ] value.
        'method' ).

    conditional: x = (
        x > 0 ifTrue: [ ^ 'positive' ].
        'other' ).

    fromLoop = ( | i |
        i: 0.
        [ i: i + 1. i = 7 ifTrue: [ ^ i * 10 ] ] loop ).

    withArgument = (
        [| :a. :b | ^ a - b ] value: 10 With: 3.
        0 ).

    run = (
        expect: simple ToBe: 1.
        log: ''.
        expect: throughActivations ToBe: 'home'.
        expect: log ToBe: ''.
        expect: nested ToBe: 'outer'.
        expect: (conditional: 1) ToBe: 'positive'.
        expect: (conditional: 0) ToBe: 'other'.
        expect: fromLoop ToBe: 70.
        expect: withArgument ToBe: 7 ).
|) run.
