"hashTable.self: std hashTable and std traits hashTable, a set of items stored
 by open addressing (world-api.md 14.1).

 An item is its own key. Items are found through their 'hash' (an integer) and
 told apart with '='. 'slots' is the array of buckets: nil for a free bucket,
 the traits' 'deletedMarker' for a removed item (a tombstone), otherwise an
 item. Probing is linear. 'size' counts items and 'deletedSlots' tombstones.

 The table grows to max(2 x capacity, 16) buckets before an insertion when
 (size + deletedSlots) x 100 >= capacity x 60, so there is always a free
 bucket and every probe ends. It shrinks to size x 2 buckets after a removal
 that leaves size > 16 and size x 100 < capacity x 20."

std traits _AddSlots: (|
    hashTable = (|
        mutableMixin* = std mixins mutableCollection.
        removableMixin* = std mixins removableCollection.
        insertableMixin* = std mixins implicitKeyInsertableCollection.
        parent* = std traits collection.

        "An independent table with the same items."
        copy = (clone slots: slots copy).
        copyRemoveAll = (clone slots: std array; size: 0; deletedSlots: 0).

        capacity = (slots size).

        "Adds item, or replaces the stored item that is '=' to it (the size
         does not change then). Answers self."
        add: item = ( | index. stored. free |
            ((size + deletedSlots) * 100) >= (capacity * 60)
                ifTrue: [ rehashTo: ((capacity * 2) max: 16) ].
            index: item hash % capacity.
            [
                stored: (slots at: index).
                nil == stored
            ] whileFalse: [
                (stored _Eq: deletedMarker)
                    ifTrue: [ nil == free ifTrue: [ free: index ] ]
                    False: [
                        item = stored ifTrue: [
                            slots at: index Put: item.
                            ^ self ] ].
                index: (index + 1) % capacity ].
            nil == free
                ifTrue: [ free: index ]
                False: [ deletedSlots: deletedSlots - 1 ].
            slots at: free Put: item.
            size: size + 1 ).

        at: key Put: item = (
            key == item ifFalse: [ _Error: 'hashTable requires its keys to be equal to its items' ].
            add: item ).

        "The stored item that is '=' to key, otherwise blk value."
        at: key IfAbsent: blk = ( | index |
            index: (bucketIndexOf: key).
            nil == index
                ifTrue: [ blk value ]
                False: [ slots at: index ] ).

        contains: item = ((nil == (bucketIndexOf: item)) not).

        "Removes and answers the stored item that is '=' to item, otherwise
         answers blk value."
        remove: item IfAbsent: blk = ( | index. stored |
            index: (bucketIndexOf: item).
            nil == index ifTrue: [ ^ blk value ].
            stored: (slots at: index).
            "A tombstone is only needed when a probe could pass this bucket."
            nil == (slots at: (index + 1) % capacity)
                ifTrue: [ slots at: index Put: nil ]
                False: [
                    slots at: index Put: deletedMarker.
                    deletedSlots: deletedSlots + 1 ].
            size: size - 1.
            (size > 16) && [ (size * 100) < (capacity * 20) ]
                ifTrue: [ rehashTo: size * 2 ].
            stored ).

        "blk value: item With: item for each item. Answers self."
        each: blk = ( | buckets. stored |
            buckets: slots.
            0 to: buckets size Do: [| :i |
                stored: (buckets at: i).
                nil == stored ifFalse: [
                    (stored _Eq: deletedMarker) ifFalse: [ blk value: stored With: stored ] ] ].
            self ).

        "Private: the unique tombstone object. It has no parent, so it is
         only ever compared with _Eq:."
        deletedMarker = ().

        "Private: the index of the bucket holding the item '=' to key, or nil."
        bucketIndexOf: key = ( | index. stored |
            0 = capacity ifTrue: [ ^ nil ].
            index: key hash % capacity.
            [
                stored: (slots at: index).
                nil == stored
            ] whileFalse: [
                (stored _Eq: deletedMarker) ifFalse: [
                    key = stored ifTrue: [ ^ index ] ].
                index: (index + 1) % capacity ].
            nil ).

        "Private: moves every item into a new array of n buckets."
        rehashTo: n = ( | old. stored |
            old: slots.
            slots: (std array copySize: n).
            size: 0.
            deletedSlots: 0.
            0 to: old size Do: [| :i |
                stored: (old at: i).
                nil == stored ifFalse: [
                    (stored _Eq: deletedMarker) ifFalse: [ insertNew: stored ] ] ].
            self ).

        "Private: stores an item known to be absent, in a table without
         tombstones."
        insertNew: item = ( | index |
            index: item hash % capacity.
            [ nil == (slots at: index) ] whileFalse: [ index: (index + 1) % capacity ].
            slots at: index Put: item.
            size: size + 1 ).
    |).
|).

std _AddSlots: (|
    hashTable = (|
        parent* = std traits hashTable.
        slots <- std array.
        size <- 0.
        deletedSlots <- 0.
    |).
|).
