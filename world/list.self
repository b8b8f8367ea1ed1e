"list.self: std link and std list, doubly linked rings with a sentinel node
 (world-api.md 13).

 A link has 'value', 'prev' and 'next'; the prototype's prev and next point to
 itself. A list keeps its element count in 'size' and its sentinel link in
 'nodes'. Lists do not inherit the collection protocol.

 Quirk: 'copy' shares the sentinel with the original, so new lists must be
 made with copyRemoveAll. Quirk: list do: and reverseDo: pass the link node,
 not the element; use 'node value'."

std traits _AddSlots: (|
    link = (|
        parent* = std traits clonable.

        "Makes the receiver a ring of one; answers self."
        removeAll = (
            prev: self.
            next: self ).

        "Inserts node before the receiver; answers self."
        appendAsPrev: node = (
            node prev: prev.
            node next: self.
            prev next: node.
            prev: node.
            self ).

        "blk value: node for every other node of the ring, going forward. The
         next node is fetched first, so blk may unlink the current one."
        do: blk = ( | node. following |
            node: next.
            [ node == self ] whileFalse: [
                following: node next.
                blk value: node.
                node: following ].
            self ).

        "The same, going backward."
        reverseDo: blk = ( | node. following |
            node: prev.
            [ node == self ] whileFalse: [
                following: node prev.
                blk value: node.
                node: following ].
            self ).
    |).

    list = (|
        parent* = std traits clonable.

        "A new, empty list with its own sentinel."
        copyRemoveAll = (clone nodes: std link copy removeAll; size: 0).

        removeAll = (
            nodes removeAll.
            size: 0 ).

        append: x = ( | node |
            node: std link copy.
            node value: x.
            nodes appendAsPrev: node.
            size: size + 1 ).

        "blk value: node With: index, front to back. Quirk: node is the link;
         the element is 'node value'."
        do: blk = ( | index |
            index: 0.
            nodes do: [| :node |
                blk value: node With: index.
                index: index + 1 ].
            self ).

        "The same, back to front, with indices counting down."
        reverseDo: blk = ( | index |
            index: size - 1.
            nodes reverseDo: [| :node |
                blk value: node With: index.
                index: index - 1 ].
            self ).

        "The element at index i, walking from the nearer end."
        at: i = ( | node. k |
            (i < 0) || [ i >= size ] ifTrue: [ _Error: 'Could not find the item at the given index' ].
            i < (size / 2)
                ifTrue: [
                    node: nodes next.
                    k: 0.
                    [ k < i ] whileTrue: [
                        node: node next.
                        k: k + 1 ] ]
                False: [
                    node: nodes prev.
                    k: size - 1.
                    [ k > i ] whileTrue: [
                        node: node prev.
                        k: k - 1 ] ].
            node value ).
    |).
|).

std _AddSlots: (|
    link = (|
        parent* = std traits link.
        value.
        prev.
        next.
    |).
|).

std link prev: std link; next: std link.

std _AddSlots: (|
    list = (|
        parent* = std traits list.
        size <- 0.
        nodes.
    |).
|).

std list nodes: std link copy removeAll.
