"Deep object graphs: complete binary trees built and dropped repeatedly, a
 deep chain of nested arrays, and a cyclic graph; every checksum must stay
 right across collections."
(|
    parent* = std testing test.
    leaf = (| parent* = std traits clonable. left. right. weight <- 1 |).

    tree: depth = ( | t |
        t: leaf clone.
        depth > 0 ifTrue: [
            t left: (tree: depth - 1).
            t right: (tree: depth - 1) ].
        t ).

    weigh: t = (
        nil == t ifTrue: [ ^ 0 ].
        t weight + ((weigh: t left) + (weigh: t right)) ).

    nestedArrays: n = ( | a |
        a: (std array _ArrayCopySize: 1 FillingExtrasWith: 'bottom').
        0 to: n Do: [| :i | a: (std array _ArrayCopySize: 2 FillingExtrasWith: a) ].
        a ).

    depthOf: a = ( | d. cursor |
        d: 0.
        cursor: a.
        [ (cursor _ArraySize) = 2 ] whileTrue: [
            d: d + 1.
            cursor: (cursor _ArrayAt: 0) ].
        cursor _ArrayAt: 0 ).

    run = ( | kept. chain. ring. cursor. count |
        kept: tree: 14.
        0 to: 6 Do: [| :i |
            expect: (weigh: (tree: 12)) ToBe: 8191.
            "Large garbage arrays force collections between the rounds."
            std array _ArrayCopySize: 3000000 FillingExtrasWith: kept ].
        expect: (weigh: kept) ToBe: 32767.
        chain: nestedArrays: 50000.
        std array _ArrayCopySize: 3000000 FillingExtrasWith: chain.
        expect: (depthOf: chain) ToBe: 'bottom'.
        "A ring of 10000 objects: cyclic garbage is made and dropped, one ring
         is kept and walked."
        0 to: 5 Do: [| :k | ring: (makeRing: 10000) ].
        std array _ArrayCopySize: 3000000 FillingExtrasWith: ring.
        expect: (weigh: kept) ToBe: 32767.
        cursor: ring next.
        count: 1.
        [ cursor == ring ] whileFalse: [
            count: count + 1.
            cursor: cursor next ].
        expect: count ToBe: 10000 ).

    makeRing: n = ( | first. current |
        first: (| parent* = std traits clonable. next |).
        current: first.
        1 to: n Do: [| :i | current next: first clone. current: current next ].
        current next: first.
        first ).
|) run.
