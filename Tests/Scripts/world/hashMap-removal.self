"hashMap-removal.self: std hashMap removals (world-api.md 14.3): removal then
 re-insertion, keys whose hashes collide, probe chains that pass removed keys,
 and a long random mix of operations checked against a plain list of pairs."

_AddSlots: (|
    "Keys that all hash alike when 'spread' is 1; they are told apart by id."
    hashMapRemovalKeyTraits = (|
        parent* = std traits clonable.
        hash = (id % spread).
        = other = ((other parent _Eq: parent) && [ id = other id ]).
    |).
|).

(|
    parent* = std testing test.

    key = (| parent* = hashMapRemovalKeyTraits. id <- 0. spread <- 1 |).

    keyWithId: n = (key clone id: n).

    "A key that collides with the others at most spread ways."
    keyWithId: n Spread: s = ((key clone id: n) spread: s).

    run = (
        testRemoveThenReinsert.
        testCollisions.
        testRemovalKeepsProbeChains.
        testInsertRemoveCycles.
        testRandomOperations ).

    testRemoveThenReinsert = ( | m |
        m: std hashMap copy.
        0 to: 50 Do: [| :i | m at: i Put: i * 10 ].
        0 to: 50 Do: [| :i | (i % 2) = 0 ifTrue: [ expect: (m remove: i) ToBe: i * 10 ] ].
        expect: m size ToBe: 25.
        0 to: 50 Do: [| :i | expect: (m contains: i) ToBe: (i % 2) = 1 ].
        "Removed keys can be stored again, with new values."
        0 to: 50 Do: [| :i | (i % 2) = 0 ifTrue: [ m at: i Put: i negate ] ].
        expect: m size ToBe: 50.
        0 to: 50 Do: [| :i |
            expect: (m at: i) ToBe: ((i % 2) = 0 ifTrue: [ i negate ] False: [ i * 10 ]) ].
        "Removing a key twice: the second time it is absent."
        expect: (m remove: 7) ToBe: 70.
        expect: (m remove: 7 IfAbsent: [ 'absent' ]) ToBe: 'absent'.
        expect: (m at: 7 IfAbsent: [ 'absent' ]) ToBe: 'absent'.
        expectToFail: [| :fail | m remove: 7 IfAbsent: fail ].
        expect: m size ToBe: 49.
        "A key stored again takes the tombstone its removal left, so the
         tombstone count falls again and the map does not grow: keys 0 to 7
         fill buckets 0 to 7 of 16; removing 0 to 6 leaves 7 tombstones
         (each next bucket is in use), and (1 + 7) x 100 < 16 x 60."
        m: std hashMap copy.
        0 to: 8 Do: [| :i | m at: i Put: i ].
        0 to: 7 Do: [| :i | m remove: i ].
        expect: m capacity ToBe: 16.
        0 to: 7 Do: [| :i | m at: i Put: i + 1 ].
        m at: 100 Put: 100.
        expect: m capacity ToBe: 16.
        expect: m size ToBe: 9.
        0 to: 8 Do: [| :i | expect: (m at: i) ToBe: (i = 7 ifTrue: [ 7 ] False: [ i + 1 ]) ].
        "A removal leaves no tombstone when the next bucket is free: key 7,
         the last of a run, frees its bucket, so three more keys (whose
         probes do not pass it) still fit in 16 buckets."
        m: std hashMap copy.
        0 to: 8 Do: [| :i | m at: i Put: i ].
        m remove: 7.
        m at: 9 Put: 9; at: 10 Put: 10; at: 11 Put: 11.
        expect: m size ToBe: 10.
        expect: m capacity ToBe: 16 ).

    "Keys with equal hashes are told apart by '='."
    testCollisions = ( | m. a. b. c |
        m: std hashMap copy.
        a: (keyWithId: 1).
        b: (keyWithId: 2).
        c: (keyWithId: 3).
        m at: a Put: 'a'; at: b Put: 'b'; at: c Put: 'c'.
        expect: m size ToBe: 3.
        expect: (m at: (keyWithId: 2)) ToBe: 'b'.
        expect: (m remove: (keyWithId: 1)) ToBe: 'a'.
        expect: (m at: (keyWithId: 2)) ToBe: 'b'.
        expect: (m at: (keyWithId: 3)) ToBe: 'c'.
        expectToBeFalse: (m contains: a).
        m at: a Put: 'a again'.
        expect: m size ToBe: 3.
        expect: (m at: (keyWithId: 1)) ToBe: 'a again'.
        "A new equal key replaces the value only; the first key object stays."
        m at: (keyWithId: 3) Put: 'c again'.
        expect: m size ToBe: 3.
        m each: [| :v. :k | k id = 3 ifTrue: [ expect: k ToBeIdenticalTo: c ] ].
        "Many colliding keys, through growth."
        m: std hashMap copy.
        0 to: 100 Do: [| :i | m at: (keyWithId: i) Put: i ].
        expect: m size ToBe: 100.
        expect: m capacity ToBe: 256.
        0 to: 100 Do: [| :i | expect: (m at: (keyWithId: i)) ToBe: i ].
        expectToBeFalse: (m contains: (keyWithId: 100)) ).

    "Removed keys leave tombstones, so keys stored after them in a probe
     chain are still found, whichever end of the chain is removed."
    testRemovalKeepsProbeChains = ( | m |
        m: std hashMap copy.
        1 through: 8 Do: [| :i | m at: (keyWithId: i) Put: i ].
        2 through: 7 Do: [| :i | m remove: (keyWithId: i) ].
        expect: (m at: (keyWithId: 1)) ToBe: 1.
        expect: (m at: (keyWithId: 8)) ToBe: 8.
        expect: m size ToBe: 2.
        m remove: (keyWithId: 1).
        expect: (m at: (keyWithId: 8)) ToBe: 8.
        "A new key goes to the first tombstone on its way, and is found there;
         the key further along stays found."
        m at: (keyWithId: 20) Put: 20.
        expect: (m at: (keyWithId: 20)) ToBe: 20.
        expect: (m at: (keyWithId: 8)) ToBe: 8.
        expect: m size ToBe: 2.
        "Keys whose probe chain wraps around the end of the buckets: they
         all start at the last of 16 buckets."
        m: std hashMap copy.
        0 to: 6 Do: [| :i | m at: (i * 16) - 1 Put: i ].
        expect: m capacity ToBe: 16.
        1 to: 5 Do: [| :i | m remove: (i * 16) - 1 ].
        expect: (m at: 0 - 1) ToBe: 0.
        expect: (m at: (5 * 16) - 1) ToBe: 5.
        expect: m size ToBe: 2 ).

    "Storing and removing keys over and over, with few keys at a time, keeps
     working. Tombstones count towards growth (world-api.md 14.1) and are
     cleared when the map grows, so a sliding window of 10 consecutive
     integers (each removal leaves a tombstone, its next bucket holding the
     next key) makes the map grow while its size stays 10."
    testInsertRemoveCycles = ( | m |
        m: std hashMap copy.
        1 through: 8 Do: [| :i | m at: (keyWithId: i Spread: 3) Put: i ].
        0 to: 2000 Do: [| :i |
            m at: (keyWithId: 100 + i Spread: 3) Put: i.
            expect: (m remove: (keyWithId: 100 + i Spread: 3)) ToBe: i ].
        expect: m size ToBe: 8.
        1 through: 8 Do: [| :i | expect: (m at: (keyWithId: i Spread: 3)) ToBe: i ].
        m: std hashMap copy.
        0 to: 5000 Do: [| :i |
            m at: i Put: i.
            i >= 10 ifTrue: [ expect: (m remove: i - 10) ToBe: i - 10 ] ].
        expect: m size ToBe: 10.
        expect: m capacity ToBe: 8192.
        4990 to: 5000 Do: [| :i | expect: (m at: i) ToBe: i ] ).

    "A reproducible random mix of at:Put:, remove:IfAbsent:, at:IfAbsent:
     and contains: on integer, string and colliding keys, checked after
     every step against a list of pairs searched with '='."
    testRandomOperations = (
        checkRandomOperations: 3000 Keys: 60 Kind: 0 Seed: 1.
        checkRandomOperations: 3000 Keys: 300 Kind: 1 Seed: 2.
        checkRandomOperations: 3000 Keys: 40 Kind: 2 Seed: 3.
        checkRandomOperations: 3000 Keys: 120 Kind: 3 Seed: 4 ).

    seed <- 1.

    random: n = (
        seed: ((seed * 1103515245) + 12345) % 2147483648.
        (seed / 65536) % n ).

    "Kind 0: integers; 1: strings; 2: keys that collide 5 ways; 3: all
     three kinds in one map."
    keyFor: r Kind: kind = (
        kind = 0 ifTrue: [ ^ r * 7 ].
        kind = 1 ifTrue: [ ^ 'k', r asString ].
        kind = 2 ifTrue: [ ^ keyWithId: r Spread: 5 ].
        (r % 3) = 0 ifTrue: [ ^ r ].
        (r % 3) = 1 ifTrue: [ ^ r asString ].
        keyWithId: r Spread: 4 ).

    "The position of key in the list of pairs, or -1."
    positionOf: key In: pairs = (
        pairs findFirst: [| :pair | key = (pair at: 0) ]
            IfPresent: [| :i | i ]
            IfAbsent: [ 0 - 1 ] ).

    checkRandomOperations: steps Keys: range Kind: kind Seed: s = ( | m. pairs. k. p. op. v. visits |
        seed: s.
        m: std hashMap copy.
        pairs: std vector copy.
        0 to: steps Do: [| :step |
            op: (random: 10).
            k: (keyFor: (random: range) Kind: kind).
            p: (positionOf: k In: pairs).
            op < 5 ifTrue: [
                expect: (m at: k Put: step) ToBeIdenticalTo: m.
                p < 0
                    ifTrue: [ pairs add: ((std array copySize: 2) at: 0 Put: k; at: 1 Put: step) ]
                    False: [ (pairs at: p) at: 1 Put: step ] ].
            (op >= 5) && [ op < 8 ] ifTrue: [
                v: (m remove: k IfAbsent: [ 'absent' ]).
                p < 0
                    ifTrue: [ expect: v ToBe: 'absent' ]
                    False: [
                        expect: v ToBe: ((pairs at: p) at: 1).
                        pairs remove: p ] ].
            op >= 8 ifTrue: [
                expect: (m contains: k) ToBe: p >= 0.
                v: (m at: k IfAbsent: [ 'absent' ]).
                expect: v ToBe: (p < 0 ifTrue: [ 'absent' ] False: [ (pairs at: p) at: 1 ]) ].
            expect: m size ToBe: pairs size.
            expectToBeTrue: (m size * 100) < ((m capacity * 60) + 100) ].
        "Every pair is visited once by each:, with its value."
        visits: 0.
        m each: [| :value. :key |
            visits: visits + 1.
            p: (positionOf: key In: pairs).
            expectToBeTrue: p >= 0.
            expect: value ToBe: ((pairs at: p) at: 1) ].
        expect: visits ToBe: pairs size.
        pairs each: [| :pair | expect: (m at: (pair at: 0)) ToBe: (pair at: 1) ] ).
|) run.
