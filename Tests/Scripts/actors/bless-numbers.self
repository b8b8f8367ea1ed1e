"Big integers and floats cross between actors as copies of their value
 (actors.md blessing; docs/numbers.md): a pinger sends a ponger a big integer
 and a float, and gets back their sum and product, computed in the ponger's
 own heap."
(|
    parent* = std testing test.

    pinger = (|
        parent* = std traits actor.

        ponger = (|
            parent* = std traits actor.
            compute: n With: x = ( sender result: n + 1 With: x * 2 ).
            main = ( yield ).
        |).

        big <- nil.
        float <- nil.
        result: n With: x = ( big: n. float: x ).

        main = ( | p |
            p: ponger spawn.
            p compute: (2 ** 100) With: 1.25.
            [ nil == big ] whileTrue: [ yield ].
            (big = ((2 ** 100) + 1)) && [ float = 2.5 ] ifFalse: [ _Error: 'wrong numbers' ].
            ('ok ', big asString, ' ', float asString) printLine ).
    |).

    run = ( expect: (std scheduler startWith: pinger) ToBe: nil ).
|) run.
