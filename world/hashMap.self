"hashMap.self: std hashMap and std traits hashMap, maps from keys to values
 (world-api.md 14.3).

 A map keeps a std hashTable of entry objects (a key and a value) that hash
 and compare by their key. Lookups probe the table with a fresh entry that
 holds only the key. There is no add:."

std traits _AddSlots: (|
    hashMap = (|
        mutableMixin* = std mixins mutableCollection.
        removableMixin* = std mixins removableCollection.
        parent* = std traits collection.

        "A new map with its own entries; keys and values are shared."
        copy = ( | result |
            result: copyRemoveAll.
            each: [| :v. :key | result at: key Put: v ].
            result ).

        copyRemoveAll = (clone table: table copyRemoveAll).

        size = (table size).
        capacity = (table capacity).

        "Stores v under key, replacing the value of an existing key. Answers
         self."
        at: key Put: v = ( | entry |
            entry: (table at: (entryFor: key) IfAbsent: [ nil ]).
            nil == entry
                ifTrue: [ table add: ((entryFor: key) value: v) ]
                False: [ entry value: v ].
            self ).

        "The value stored under key, otherwise blk value."
        at: key IfAbsent: blk = (
            (table at: (entryFor: key) IfAbsent: [ ^ blk value ]) value ).

        contains: key = (table contains: (entryFor: key)).

        "Removes key and answers its value, otherwise answers blk value."
        remove: key IfAbsent: blk = (
            (table remove: (entryFor: key) IfAbsent: [ ^ blk value ]) value ).

        "blk value: value With: key for each entry; answers self."
        each: blk = (
            table each: [| :entry. :same | blk value: entry value With: entry key ].
            self ).

        "Private: a new entry holding key."
        entryFor: key = (entryPrototype clone key: key).

        "Private: the prototype of the entries."
        entryPrototype = (|
            parent* = std traits clonable.
            key.
            value.
            hash = (key hash).
            = other = (key = other key).
        |).
    |).
|).

std _AddSlots: (|
    hashMap = (|
        parent* = std traits hashMap.
        table <- std hashTable copyRemoveAll.
    |).
|).
