"permute.self: the Permute benchmark of 'Are We Fast Yet', as permute.lua.
 Generates the permutations of a six-element array recursively by swapping,
 counting the calls of permute: (8660)."

'harness.self' _RunScript.

_AddSlots: (|
    permuteBenchmark = (|
        parent* = std traits clonable.
        count <- 0.
        v.

        benchmark = (
            count: 0.
            v: (std array copySize: 6 FillingExtrasWith: 0).
            permute: 6.
            count ).

        verifyResult: result = (result = 8660).

        permute: n = ( | n1. i |
            count: count + 1.
            n != 0 ifTrue: [
                n1: n - 1.
                permute: n1.
                i: n1.
                [ i >= 0 ] whileTrue: [
                    swap: n1 With: i.
                    permute: n1.
                    swap: n1 With: i.
                    i: i - 1 ] ].
            self ).

        swap: i With: j = ( | tmp |
            tmp: (v at: i).
            v at: i Put: (v at: j).
            v at: j Put: tmp.
            self ).
    |).
|).

awfy run: permuteBenchmark Named: 'Permute' Iterations: 500.
