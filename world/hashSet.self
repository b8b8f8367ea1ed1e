"hashSet.self: std hashSet and std traits hashSet, sets that wrap a hash table
 (world-api.md 14.2).

 The items live in 'table', a std hashTable. Quirk: at:IfAbsent: (and so at:)
 answers the set itself when the key is present."

std traits _AddSlots: (|
    hashSet = (|
        mutableMixin* = std mixins mutableCollection.
        removableMixin* = std mixins removableCollection.
        insertableMixin* = std mixins implicitKeyInsertableCollection.
        parent* = std traits collection.

        copy = (clone table: table copy).
        copyRemoveAll = (clone table: table copyRemoveAll).

        size = (table size).
        capacity = (table capacity).

        add: item = (
            table add: item.
            self ).

        at: key Put: item = (
            table at: key Put: item.
            self ).

        remove: item IfAbsent: blk = (table remove: item IfAbsent: blk).

        contains: item = (table contains: item).

        "Quirk: the set itself when key is present, otherwise blk value."
        at: key IfAbsent: blk = (
            (table contains: key)
                ifTrue: [ self ]
                False: [ blk value ] ).

        "blk value: item With: item for each item; answers self."
        each: blk = (
            table each: blk.
            self ).

        "True when other has the same size and contains every item. (The
         element-wise collection '=' cannot work with the at:IfAbsent: quirk.)"
        = other = (
            size = other size ifFalse: [ ^ false ].
            each: [| :item. :key |
                (other contains: item) ifFalse: [ ^ false ] ].
            true ).

        "'{', the items' asString separated by ', ', then '}'."
        asString = ( | strings. index |
            isEmpty ifTrue: [ ^ '{}' ].
            strings: (std array copySize: size).
            index: 0.
            each: [| :item. :key |
                strings at: index Put: item asString.
                index: index + 1 ].
            '{', (', ' join: strings), '}' ).

        "A new set: the union."
        + other = ( | result |
            result: copy.
            other each: [| :item. :key | result add: item ].
            result ).

        "A new set: the intersection."
        && other = ( | result |
            result: copyRemoveAll.
            each: [| :item. :key |
                (other contains: item) ifTrue: [ result add: item ] ].
            result ).

        "A new set: the symmetric difference."
        ^^ other = ( | result |
            result: copyRemoveAll.
            each: [| :item. :key |
                (other contains: item) ifFalse: [ result add: item ] ].
            other each: [| :item. :key |
                (contains: item) ifFalse: [ result add: item ] ].
            result ).

        "A new set: the items not in other."
        - other = ( | result |
            result: copyRemoveAll.
            each: [| :item. :key |
                (other contains: item) ifFalse: [ result add: item ] ].
            result ).
    |).
|).

std _AddSlots: (|
    hashSet = (|
        parent* = std traits hashSet.
        table <- std hashTable copyRemoveAll.
    |).
|).
