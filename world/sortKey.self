"sortKey.self: sort-key factories and sort keys (world-api.md 16).

 A comparator is any object whose 'value: a With: b' answers -1, 0 or 1.
 'aComparator asSortKey' (defaultBehavior.self) makes a sort-key factory; a
 factory's 'value: v' makes a sort key for v, and sort keys compare through
 their comparator. So a factory can be passed to a vector's sortKey: as the key
 block."

std traits _AddSlots: (|
    sortKeyFactory = (|
        parent* = std traits clonable.

        "A new factory that uses the comparator c."
        copyComparator: c = (clone comparator: c).

        "A new sort key for v."
        value: v = (std sortKey copyComparator: comparator Value: v).

        "The default comparator: ascending order by '<' and '>'."
        defaultComparator = (|
            value: a With: b = (
                a < b
                    ifTrue: [ 1 negate ]
                    False: [ a > b ifTrue: [ 1 ] False: [ 0 ] ] ).
        |).
    |).

    sortKey = (|
        parent* = std traits clonable.

        copyComparator: c Value: v = ((clone comparator: c) value: v).

        < other = ((compareWith: other) < 0).
        > other = ((compareWith: other) > 0).
        = other = ((compareWith: other) = 0).
        <= other = ((compareWith: other) <= 0).
        >= other = ((compareWith: other) >= 0).

        "Private: the comparator's verdict on this key's value and other's."
        compareWith: other = (comparator value: value With: other value).
    |).
|).

std _AddSlots: (|
    sortKeyFactory = (|
        parent* = std traits sortKeyFactory.
        comparator <- std traits sortKeyFactory defaultComparator.
    |).

    sortKey = (|
        parent* = std traits sortKey.
        comparator.
        value.
    |).
|).
