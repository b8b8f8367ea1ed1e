"deque.self: std deque and std traits deque, double-ended queues (an
 extension of this world: ZigSelf has no deque; docs/world.md).

 A deque keeps its elements in a ring buffer: 'items' is the backing array
 (its size is the capacity), 'head' the index in it of the first element and
 'size' the element count. Element i (counting from the front) lives at
 '(head + i) % capacity'. Adding to a full deque copies the elements, in
 order, into an array of twice the capacity (at least 4) starting at index 0,
 so every add and remove at either end is O(1) amortised. Removing an element
 stores nil back into its position, so a deque never keeps removed objects
 alive.

 Keys are 0-based positions from the front, as for vectors: 'at:', 'at:Put:',
 'each:' and the inherited collection messages treat a deque as an indexable
 collection. 'add:' is 'addLast:' and 'shift' is 'removeFirst', so a deque can
 stand in for a vector used as a queue. Errors: 'key out of bounds' for a bad
 position, 'deque is empty' for removing or reading an end of an empty
 deque."

std traits _AddSlots: (|
    deque = (|
        mutableMixin* = std mixins mutableCollection.
        indexableMixin* = std mixins indexableCollection.
        removableMixin* = std mixins removableCollection.
        insertableMixin* = std mixins implicitKeyInsertableCollection.
        parent* = std traits collection.

        "A new deque with its own backing array; the elements are shared."
        copy = (clone items: items copy).

        "A new empty deque."
        copyRemoveAll = (clone items: std array; head: 0; size: 0).

        capacity = (items size).

        "Adds v after the last element; answers self. Written with the array
         primitives, as removeFirst is: the scheduler's queues run through
         these two on every switch between actors."
        addLast: v = ( | n |
            n: items _ArraySize.
            size = n ifTrue: [
                growItems.
                n: items _ArraySize ].
            items _ArrayAt: (head + size) % n Put: v.
            size: size + 1.
            self ).

        add: v = (addLast: v).

        "Adds v before the first element; answers self."
        addFirst: v = (
            size = items size ifTrue: [ growItems ].
            head: ((head + items size) - 1) % items size.
            items at: head Put: v.
            size: size + 1.
            self ).

        "Removes and answers the first element."
        removeFirst = ( | element. h |
            size = 0 ifTrue: [ _Error: 'deque is empty' ].
            h: head.
            element: (items _ArrayAt: h).
            items _ArrayAt: h Put: nil.
            head: (h + 1) % items _ArraySize.
            size: size - 1.
            element ).

        shift = (removeFirst).

        "Removes and answers the last element."
        removeLast = ( | element. i |
            size = 0 ifTrue: [ _Error: 'deque is empty' ].
            i: (itemIndexFor: size - 1).
            element: (items at: i).
            items at: i Put: nil.
            size: size - 1.
            element ).

        first = (
            size = 0 ifTrue: [ _Error: 'deque is empty' ].
            items at: head ).

        last = (
            size = 0 ifTrue: [ _Error: 'deque is empty' ].
            items at: (itemIndexFor: size - 1) ).

        "Element i, counting from the front."
        at: i = (
            checkKey: i.
            items at: (itemIndexFor: i) ).

        "Replaces element i; cannot append. Answers self."
        at: i Put: v = (
            checkKey: i.
            items at: (itemIndexFor: i) Put: v.
            self ).

        "Removes element i (later elements move forward) and answers self, or
         answers 'blk value' when i is out of bounds. O(size - i)."
        remove: i IfAbsent: blk = ( | j |
            (i < 0) || [ i >= size ] ifTrue: [ ^ blk value ].
            j: i + 1.
            [ j < size ] whileTrue: [
                items at: (itemIndexFor: j - 1) Put: (items at: (itemIndexFor: j)).
                j: j + 1 ].
            items at: (itemIndexFor: size - 1) Put: nil.
            size: size - 1.
            self ).

        "Empties the deque (the capacity stays); answers self."
        removeAll = (
            [ size > 0 ] whileTrue: [ removeLast ].
            head: 0.
            self ).

        "blk value: element With: key for each element, front to back, as
         each: does. Answers self."
        do: blk = (each: blk).

        "'[', the elements' asString separated by ', ', then ']'."
        asString = ( | strings |
            size = 0 ifTrue: [ ^ '[]' ].
            strings: (std array copySize: size).
            each: [| :element. :i | strings at: i Put: element asString ].
            '[', (', ' join: strings), ']' ).

        "Private: the index in items of element i."
        itemIndexFor: i = ((head + i) % items size).

        "Private: raises 'key out of bounds' unless 0 <= i < size."
        checkKey: i = (
            (i < 0) || [ i >= size ] ifTrue: [ _Error: 'key out of bounds' ].
            self ).

        "Private: moves the elements, front first, into an array of twice the
         capacity (at least 4), starting at index 0."
        growItems = ( | newItems |
            newItems: (std array copySize: ((items size * 2) max: 4)).
            0 to: size Do: [| :i | newItems at: i Put: (items at: (itemIndexFor: i)) ].
            items: newItems.
            head: 0.
            self ).
    |).
|).

std _AddSlots: (|
    deque = (|
        parent* = std traits deque.
        items <- std array.
        head <- 0.
        size <- 0.
    |).
|).
