"hashTable.self: std hashTable and std traits hashTable, a set of items stored
 by open addressing (world-api.md 14.1).

 An item is its own key. Items are found through their 'hash' (an integer) and
 told apart with '='. 'slots' is the array of buckets: nil for a free bucket,
 the traits' 'deletedMarker' for a removed item (a tombstone), otherwise an
 item. Probing is linear. 'size' counts items and 'deletedSlots' tombstones.

 The table grows to max(2 x capacity, 16) buckets before an insertion when
 (size + deletedSlots) x 100 >= capacity x 60, so there is always a free
 bucket and every probe ends. It shrinks to size x 2 buckets after a removal
 that leaves size > 16 and size x 100 < capacity x 20.

 add: probes once, looking for an equal item and for the bucket to use (the
 first tombstone, else the free bucket that ends the probe) in the same pass.
 The probe loops keep the array and its size in locals and test buckets with
 _Eq: and the array's at: (a local that is never assigned holds nil), which
 the dispatch loop runs itself, so a probe step sends nothing else that costs
 a call but the item's '='."

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
        add: item = ( | buckets. n. index. stored. empty. marker. free |
            buckets: slots.
            n: buckets _ArraySize.
            ((size + deletedSlots) * 100) < (n * 60) ifFalse: [
                rehashTo: ((n * 2) max: 16).
                buckets: slots.
                n: buckets _ArraySize ].
            index: item hash % n.
            marker: deletedMarker.
            free: 0 - 1.
            [
                stored: (buckets at: index).
                stored _Eq: empty
            ] whileFalse: [
                (stored _Eq: marker)
                    ifTrue: [ free < 0 ifTrue: [ free: index ] ]
                    False: [
                        item = stored ifTrue: [
                            buckets at: index Put: item.
                            ^ self ] ].
                index: (index + 1) % n ].
            free < 0
                ifTrue: [ free: index ]
                False: [ deletedSlots: deletedSlots - 1 ].
            buckets at: free Put: item.
            size: size + 1.
            self ).

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
        remove: item IfAbsent: blk = ( | index. buckets. n. stored. empty |
            index: (bucketIndexOf: item).
            nil == index ifTrue: [ ^ blk value ].
            buckets: slots.
            n: buckets _ArraySize.
            stored: (buckets at: index).
            "A tombstone is only needed when a probe could pass this bucket."
            ((buckets at: (index + 1) % n) _Eq: empty)
                ifTrue: [ buckets at: index Put: empty ]
                False: [
                    buckets at: index Put: deletedMarker.
                    deletedSlots: deletedSlots + 1 ].
            size: size - 1.
            size > 16 ifTrue: [
                (size * 100) < (n * 20) ifTrue: [ rehashTo: size * 2 ] ].
            stored ).

        "blk value: item With: item for each item, over the buckets as they
         are when each: starts. Answers self."
        each: blk = ( | buckets. stored. empty. marker |
            buckets: slots.
            marker: deletedMarker.
            0 to: buckets _ArraySize Do: [| :i |
                stored: (buckets at: i).
                (stored _Eq: empty) ifFalse: [
                    (stored _Eq: marker) ifFalse: [ blk value: stored With: stored ] ] ].
            self ).

        "Private: the unique tombstone object. It has no parent, so it is
         only ever compared with _Eq:."
        deletedMarker = ().

        "Private: the index of the bucket holding the item '=' to key, or nil."
        bucketIndexOf: key = ( | buckets. n. index. stored. empty. marker |
            buckets: slots.
            n: buckets _ArraySize.
            0 = n ifTrue: [ ^ nil ].
            index: key hash % n.
            marker: deletedMarker.
            [
                stored: (buckets at: index).
                stored _Eq: empty
            ] whileFalse: [
                (stored _Eq: marker) ifFalse: [
                    key = stored ifTrue: [ ^ index ] ].
                index: (index + 1) % n ].
            nil ).

        "Private: moves every item, in bucket order, into a new array of n
         buckets, which has no tombstones."
        rehashTo: n = ( | old. buckets. stored. empty. marker. index |
            old: slots.
            buckets: (std array copySize: n).
            marker: deletedMarker.
            0 to: old _ArraySize Do: [| :i |
                stored: (old at: i).
                (stored _Eq: empty) ifFalse: [
                    (stored _Eq: marker) ifFalse: [
                        index: stored hash % n.
                        [ (buckets at: index) _Eq: empty ] whileFalse: [ index: (index + 1) % n ].
                        buckets at: index Put: stored ] ] ].
            slots: buckets.
            deletedSlots: 0.
            self ).
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
