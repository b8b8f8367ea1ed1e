"list.self: the List benchmark of 'Are We Fast Yet', as list.lua. Linked
 lists of 15, 10 and 6 elements go through the recursive 'tail' function
 (Takeuchi's function on list lengths); the result is the length of the list
 it answers (10)."

'harness.self' _RunScript.

_AddSlots: (|
    listElement = (|
        parent* = std traits clonable.
        val.
        next.

        length = ( nil == next ifTrue: [ 1 ] False: [ 1 + next length ] ).
    |).

    listBenchmark = (|
        parent* = std traits clonable.

        benchmark = ( | result |
            result: (tailX: (makeList: 15) Y: (makeList: 10) Z: (makeList: 6)).
            result length ).

        "A list length, length - 1, ..., 1 (nil for 0)."
        makeList: length = ( | e |
            length = 0 ifTrue: [ ^ nil ].
            e: (listElement copy val: length).
            e next: (makeList: length - 1).
            e ).

        isShorter: x Than: y = ( | xTail. yTail |
            xTail: x.
            yTail: y.
            [ nil == yTail ] whileFalse: [
                nil == xTail ifTrue: [ ^ true ].
                xTail: xTail next.
                yTail: yTail next ].
            false ).

        tailX: x Y: y Z: z = (
            (isShorter: y Than: x) ifTrue: [
                ^ tailX: (tailX: x next Y: y Z: z)
                    Y: (tailX: y next Y: z Z: x)
                    Z: (tailX: z next Y: x Z: y) ].
            z ).

        verifyResult: result = (result = 10).
    |).
|).

awfy run: listBenchmark Named: 'List' Iterations: 800.
