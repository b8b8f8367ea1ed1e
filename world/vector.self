"vector.self: std vector and std traits vector, growable sequences
 (world-api.md 11).

 A vector keeps its elements in 'items', a backing array whose size is the
 capacity, and its element count in 'size'. The prototype starts with the
 shared empty array and capacity 0; 'add:' replaces a full backing array with
 one of max(4, 2^bitLength(capacity + 1)) elements: 0, 4, 8, 16, 32...
 Out-of-range indices raise 'key out of bounds'."

std traits _AddSlots: (|
    vector = (|
        mutableMixin* = std mixins mutableCollection.
        indexableMixin* = std mixins indexableCollection.
        removableMixin* = std mixins removableCollection.
        insertableMixin* = std mixins implicitKeyInsertableCollection.
        parent* = std traits collection.

        "A new vector with its own backing array; the elements are shared."
        copy = (clone items: items copy).
        copyRemoveAll = (clone items: std array; size: 0).

        capacity = (items size).

        at: i = (
            i >= size ifTrue: [ _Error: 'key out of bounds' ].
            i < 0 ifTrue: [ _Error: 'key out of bounds' ].
            items at: i ).

        "Replaces element i; cannot append."
        at: i Put: v = (
            i >= size ifTrue: [ _Error: 'key out of bounds' ].
            i < 0 ifTrue: [ _Error: 'key out of bounds' ].
            items at: i Put: v.
            self ).

        add: v = (
            size = items size ifTrue: [ growItems ].
            items at: size Put: v.
            size: size + 1 ).

        "Removes element i (later elements move down) and answers self, or
         answers 'blk value' when i is out of bounds."
        remove: i IfAbsent: blk = ( | j |
            (i < 0) || [ i >= size ] ifTrue: [ ^ blk value ].
            j: i + 1.
            [ j < size ] whileTrue: [
                items at: j - 1 Put: (items at: j).
                j: j + 1 ].
            size: size - 1.
            items at: size Put: nil.
            self ).

        "Removes and answers the first element."
        shift = ( | first |
            first: (at: 0).
            remove: 0.
            first ).

        shrinkToFit = (items: (items copySize: size)).

        "'[', the elements' asString separated by ', ', then ']'."
        asString = ( | strings |
            isEmpty ifTrue: [ ^ '[]' ].
            strings: (std array copySize: size).
            each: [| :element. :i | strings at: i Put: element asString ].
            '[', (', ' join: strings), ']' ).

        "Sorts in place, ascending by '<=' on the elements."
        sort = (sortKey: [| :element | element ]).

        "Sorts in place by 'keyBlock value: element', comparing keys with '<='.
         Quicksort (Hoare partition, middle pivot): not stable. Each key is
         computed once."
        sortKey: keyBlock = ( | keys |
            size < 2 ifTrue: [ ^ self ].
            keys: (std array copySize: size).
            0 to: size Do: [| :i | keys at: i Put: (keyBlock value: (items at: i)) ].
            sortKeys: keys From: 0 Through: size - 1.
            self ).

        "Reverses in place. (ZigSelf skips the middle pair for even sizes:
         world-api.md 22.)"
        reverse = ( | i. j. t |
            i: 0.
            j: size - 1.
            [ i < j ] whileTrue: [
                t: (items at: i).
                items at: i Put: (items at: j).
                items at: j Put: t.
                i: i + 1.
                j: j - 1 ].
            self ).

        copyFrom: start = (copyFrom: start To: size).

        "A new vector with elements start ... end - 1."
        copyFrom: start To: end = ( | result |
            result: copyRemoveAll.
            start to: end Do: [| :i | result add: (at: i) ].
            result ).

        "Private: replaces the full backing array with a larger one."
        growItems = (
            items: (items copySize: ((1 << (items size + 1) bitLength) max: 4)) ).

        "Private: sorts items lo ... hi (inclusive) and their keys together."
        sortKeys: keys From: lo Through: hi = ( | pivot. i. j |
            lo < hi ifFalse: [ ^ self ].
            pivot: (keys at: lo + ((hi - lo) / 2)).
            i: lo - 1.
            j: hi + 1.
            [
                i: i + 1.
                [ (pivot <= (keys at: i)) not ] whileTrue: [ i: i + 1 ].
                j: j - 1.
                [ ((keys at: j) <= pivot) not ] whileTrue: [ j: j - 1 ].
                i < j
            ] whileTrue: [ swapKeys: keys At: i With: j ].
            sortKeys: keys From: lo Through: j.
            sortKeys: keys From: j + 1 Through: hi ).

        "Private: swaps elements i and j and their keys."
        swapKeys: keys At: i With: j = ( | t |
            t: (keys at: i).
            keys at: i Put: (keys at: j).
            keys at: j Put: t.
            t: (items at: i).
            items at: i Put: (items at: j).
            items at: j Put: t.
            self ).
    |).
|).

std _AddSlots: (|
    vector = (|
        parent* = std traits vector.
        items <- std array.
        size <- 0.
    |).
|).
