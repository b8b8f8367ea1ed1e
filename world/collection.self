"collection.self: std traits collection, the protocol shared by collections
 (world-api.md 9.1).

 A concrete collection implements at:IfAbsent:, each: and size. each: sends
 'blk value: element With: key'; a one-argument block drops the key through
 the default behaviour. Iteration is spelled each:, and fold:Initial: is the
 only reducing message: there is no do:, collect:, select:, reject:, detect:
 or inject:into:."

std traits _AddSlots: (|
    collection = (|
        parent* = std traits clonable.

        at: key IfAbsent: blk = (childMustImplement).
        each: blk = (childMustImplement).
        size = (childMustImplement).

        isEmpty = (size = 0).

        at: key = (at: key IfAbsent: [ _Error: 'key was not found in the collection' ]).

        "True when other has the same size and 'other at: key' equals each
         element at its key. (ZigSelf's version fails for any non-empty
         receiver: world-api.md 22.)"
        = other = (
            size = other size ifFalse: [ ^ false ].
            each: [| :element. :key |
                element = (other at: key IfAbsent: [ ^ false ]) ifFalse: [ ^ false ] ].
            true ).

        "found value: key for the first element for which
         'test value: element With: key' is true, otherwise missing value."
        findFirst: test IfPresent: found IfAbsent: missing = (
            each: [| :element. :key |
                (test value: element With: key) ifTrue: [ ^ found value: key ] ].
            missing value ).

        "The key of the first element e with 'x = e', or -1."
        indexOf: x = (
            findFirst: [| :element. :key | x = element ]
            IfPresent: [| :key | key ]
            IfAbsent: [ 1 negate ] ).

        fold: blk Initial: initial = ( | accumulator |
            accumulator: initial.
            each: [| :element. :key |
                accumulator: (blk value: accumulator With: element) ].
            accumulator ).
    |).
|).
