"Evaluation order (language.md 6.2): the receiver first, then the arguments
 left to right, then the send; statements run in order."
(|
    parent* = std testing test.
    log <- ''.

    mark: s = (
        log: log , s.
        self ).

    a: x B: y C: z = (mark: 'send').
    + other = (mark: '+').

    run = (
        log: ''.
        (mark: 'r') a: (mark: '1') B: (mark: '2') C: (mark: '3').
        expect: log ToBe: 'r123send'.
        log: ''.
        (mark: 'L') + (mark: 'R').
        expect: log ToBe: 'LR+'.
        log: ''.
        mark: 'x'.
        mark: 'y'.
        mark: 'z'.
        expect: log ToBe: 'xyz' ).
|) run.
