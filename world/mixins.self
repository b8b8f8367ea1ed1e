"mixins.self: the collection mixins in std mixins (world-api.md 9.2).

 Mixins have no parent: a collection's traits list them as parents before
 std traits collection, so that their slots are found first and everything
 else falls through to the collection traits."

std mixins _AddSlots: (|
    mutableCollection = (|
        at: key Put: item = (childMustImplement).
    |).

    "Integer keys from firstKey through lastKey."
    indexableCollection = (|
        at: i = (childMustImplement).

        firstKey = (0).
        lastKey = (size - 1).

        "blk value: (at: i) With: i for i from firstKey through lastKey, taken
         when each: starts. Answers self."
        each: blk = ( | i. last |
            i: firstKey.
            last: lastKey.
            [ i <= last ] whileTrue: [
                blk value: (at: i) With: i.
                i: i + 1 ].
            self ).

        "A copy with the elements in reverse order."
        copyReverse = ( | result. last |
            result: copy.
            last: lastKey + firstKey.
            each: [| :element. :i | result at: last - i Put: element ].
            result ).

        "blk value when i is out of range. (ZigSelf still sends at: afterwards,
         which fails: world-api.md 22.)"
        at: i IfAbsent: blk = (
            (i < firstKey) || [ i > lastKey ]
                ifTrue: [ blk value ]
                False: [ at: i ] ).
    |).

    removableCollection = (|
        remove: key IfAbsent: blk = (childMustImplement).

        remove: key = (remove: key IfAbsent: [ _Error: 'key does not exist in collection' ]).
    |).

    implicitKeyInsertableCollection = (|
        add: item = (childMustImplement).
    |).
|).
