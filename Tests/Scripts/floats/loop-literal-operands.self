"A float literal operand inside an inlined loop (whileTrue:, whileFalse:, to:Do:,
 through:Do:) computes at every turn as if the literal were evaluated there:
 with every kind of other operand, across sends that reuse the registers of the
 loop, in nested loops and after _Restart, and a redefined operator sees a new
 float object at each evaluation. (Loading such literals once before the loop
 was measured and dropped: docs/performance.md; this is what it had to keep.)"
(|
    parent* = std testing test.

    "Each turn doubles the previous value, and sends in between use the registers
     of the loop."
    doublings: n = ( | x <- 1. i <- 0 |
        [ i < n ] whileTrue: [
            x: (2.0 * x) asString asFloat.
            i: i + 1 ].
        x ).
    "The same literal in a loop and outside it, and two literals in one
     expression, with integer and float operands; a big integer operand."
    mixed: items = ( | sum <- 0.0 |
        sum: sum + 0.5.
        items each: [| :each | sum: sum + 0.5 ].
        0 to: items size Do: [| :i | sum: (sum + ((items at: i) * 0.5)) + 0.25 ].
        sum ).
    bigHalves = ( | r |
        0 to: 2 Do: [| :i | r: (2 raisedTo: 70) * 0.5 ].
        r ).
    "Nested loops, a whileFalse:, a through:Do: and a block inside the loop, which
     is compiled on its own."
    nested = ( | total <- 0.0. i <- 0. block |
        block: [| :v | v * 3.0 ].
        [ i = 3 ] whileFalse: [
            1 through: 2 Do: [| :j | total: total + ((j * 1.5) + (block value: 1.0)) ].
            i: i + 1 ].
        total ).
    "_Restart runs the method again from its first statement, the loop's load included."
    restarting = ( | count <- 0. sum <- 0.0 |
        count: count + 1.
        0 to: 2 Do: [| :i | sum: sum + 0.75 ].
        count < 3 ifTrue: [ _Restart ].
        sum ).

    run = ( | seen. a. b |
        expect: (doublings: 10) ToBe: 1024.0.
        expect: (doublings: 0) ToBe: 1.
        expect: (mixed: ((std vector copyRemoveAll add: 2) add: 1.5) add: 4) ToBe: 6.5.
        expect: bigHalves ToBe: (2 raisedTo: 69) asFloat.
        expect: nested ToBe: 31.5.
        expect: restarting ToBe: 4.5.

        "A redefined + sees the literal as its receiver, a new object at each turn."
        std traits float _AddSlots: (| loopOperandsSeen.
            + n = ( loopOperandsSeen add: self. 'plus' ) |).
        std traits float loopOperandsSeen: std vector copyRemoveAll.
        0 to: 3 Do: [| :i | 2.5 + i ].
        seen: std traits float loopOperandsSeen.
        expect: seen size ToBe: 3.
        a: seen at: 0.
        b: seen at: 1.
        expectToBeTrue: (a = 2.5).
        expectToBeTrue: (a = b).
        expectToBeFalse: (a _Eq: b).
        std traits float _AddSlots: (| + n = ( _FloatAdd: n ) |).
        expect: restarting ToBe: 4.5 ).
|) run.
