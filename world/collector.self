"collector.self: std collector, the chains that '&' builds (world-api.md 15).

 'a & b & c' makes a collector, a lightweight backward chain used to write
 literal collections such as '(1 & 2 & 3) asVector'. Each link holds the last
 element in 'value' and the collector of the earlier elements in 'previous'
 (nil for the first). Collectors are never changed by adding: add: answers a
 new, longer collector. Because '&' dispatches twice (appendToCollector:),
 nested forms flatten in left-to-right order however they are grouped.

 'cachedSize' holds the element count; add: and copyFirst: set it."

std traits _AddSlots: (|
    collector = (|
        parent* = std traits clonable.

        size = ( | count. link |
            nil == cachedSize ifFalse: [ ^ cachedSize ].
            count: 0.
            link: self.
            [ nil == link ] whileFalse: [
                count: count + 1.
                link: link previous ].
            cachedSize: count.
            count ).

        & x = (x appendToCollector: self).

        "A new collector: the receiver's elements followed by x."
        add: x = (clone previous: self; value: x; cachedSize: size + 1).

        "A new collector holding only x."
        copyFirst: x = (clone previous: nil; value: x; cachedSize: 1).

        "c extended with the receiver's elements, in order."
        appendToCollector: c = ( | result |
            result: c.
            asArray each: [| :element. :i | result: (result add: element) ].
            result ).

        "Sends 'coll add: element' for each element in order; answers the
         result of the last add:."
        collectInto: coll = ( | last |
            asArray each: [| :element. :i | last: (coll add: element) ].
            last ).

        asVector = ( | result |
            result: std vector copyRemoveAll.
            collectInto: result.
            result ).

        asSet = ( | result |
            result: std hashSet copyRemoveAll.
            collectInto: result.
            result ).

        "A new array of the elements in order."
        asArray = ( | result. link. index |
            index: size.
            result: (std array copySize: index).
            link: self.
            [ nil == link ] whileFalse: [
                index: index - 1.
                result at: index Put: link value.
                link: link previous ].
            result ).

        "The elements' asString concatenated. Quirk: replaces the elements
         with their string forms."
        flattenIntoString = ( | link |
            link: self.
            [ nil == link ] whileFalse: [
                link value: link value asString.
                link: link previous ].
            '' join: asArray ).

        "True when other has the same elements in the same order."
        = other = ( | mine. theirs |
            mine: self.
            theirs: other.
            [ nil == mine ] whileFalse: [
                nil == theirs ifTrue: [ ^ false ].
                mine value = theirs value ifFalse: [ ^ false ].
                mine: mine previous.
                theirs: theirs previous ].
            nil == theirs ).

        "A copy of the chain."
        copy = ( | result |
            asArray each: [| :element. :i |
                result: (nil == result
                    ifTrue: [ std collector copyFirst: element ]
                    False: [ result add: element ]) ].
            result ).
    |).
|).

std _AddSlots: (|
    collector = (|
        parent* = std traits collector.
        previous.
        value.
        cachedSize.
    |).
|).
