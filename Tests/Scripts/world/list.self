"list.self: std list and std link (world-api.md 13)."

(|
    parent* = std testing test.

    run = (
        testLinks.
        testList.
        testRemovalWhileIterating.
        testCopyQuirk ).

    testLinks = ( | ring. a. b. seen |
        expect: std link prev ToBeIdenticalTo: std link.
        expect: std link next ToBeIdenticalTo: std link.
        ring: std link copy removeAll.
        expect: ring next ToBeIdenticalTo: ring.
        expect: ring prev ToBeIdenticalTo: ring.
        a: (std link copy value: 'a').
        b: (std link copy value: 'b').
        expect: (ring appendAsPrev: a) ToBeIdenticalTo: ring.
        ring appendAsPrev: b.
        expect: ring next ToBeIdenticalTo: a.
        expect: a next ToBeIdenticalTo: b.
        expect: b next ToBeIdenticalTo: ring.
        expect: ring prev ToBeIdenticalTo: b.
        expect: b prev ToBeIdenticalTo: a.
        seen: std vector copy.
        expect: (ring do: [| :node | seen add: node value ]) ToBeIdenticalTo: ring.
        expect: seen ToBe: ('a' & 'b') asVector.
        seen: std vector copy.
        expect: (ring reverseDo: [| :node | seen add: node value ]) ToBeIdenticalTo: ring.
        expect: seen ToBe: ('b' & 'a') asVector.
        "do: visits every node but the receiver."
        seen: std vector copy.
        a do: [| :node | seen add: node value ].
        expect: seen ToBe: ('b' & nil) asVector.
        "do: and reverseDo: fetch the next node first, so the block may unlink
         the current one."
        seen: std vector copy.
        ring do: [| :node |
            seen add: node value.
            node value = 'a' ifTrue: [ unlink: node ] ].
        expect: seen ToBe: ('a' & 'b') asVector.
        expect: ring next ToBeIdenticalTo: b.
        ring appendAsPrev: a.
        seen: std vector copy.
        ring reverseDo: [| :node |
            seen add: node value.
            node value = 'a' ifTrue: [ unlink: node ] ].
        expect: seen ToBe: ('a' & 'b') asVector.
        expect: ring prev ToBeIdenticalTo: b.
        expect: ring removeAll ToBeIdenticalTo: ring.
        expect: ring next ToBeIdenticalTo: ring ).

    unlink: node = (
        node prev next: node next.
        node next prev: node prev ).

    testList = ( | l. values. indices |
        "The prototype's slots: size and nodes (the sentinel link)."
        expect: std list size ToBe: 0.
        expect: std list nodes parent ToBeIdenticalTo: std traits link.
        l: std list copyRemoveAll.
        expect: l size ToBe: 0.
        expect: l nodes ToNotBeIdenticalTo: std list nodes.
        expect: (l append: 1) ToBeIdenticalTo: l.
        l append: 2; append: 3; append: 4; append: 5.
        expect: l size ToBe: 5.
        expect: (l at: 0) ToBe: 1.
        expect: (l at: 1) ToBe: 2.
        expect: (l at: 2) ToBe: 3.
        expect: (l at: 3) ToBe: 4.
        expect: (l at: 4) ToBe: 5.
        values: std vector copy.
        indices: std vector copy.
        "Quirk: do: passes the link node; the element is its value."
        expect: (l do: [| :node. :i | values add: node value. indices add: i ]) ToBeIdenticalTo: l.
        expect: values ToBe: (1 & 2 & 3 & 4 & 5) asVector.
        expect: indices ToBe: (0 & 1 & 2 & 3 & 4) asVector.
        values: std vector copy.
        indices: std vector copy.
        expect: (l reverseDo: [| :node. :i | values add: node value. indices add: i ]) ToBeIdenticalTo: l.
        expect: values ToBe: (5 & 4 & 3 & 2 & 1) asVector.
        expect: indices ToBe: (4 & 3 & 2 & 1 & 0) asVector.
        "A one-argument block gets the node."
        values: std vector copy.
        l do: [| :node | values add: node value ].
        expect: values size ToBe: 5.
        expect: l removeAll ToBeIdenticalTo: l.
        expect: l size ToBe: 0.
        l do: [| :node | _Error: 'the list is empty' ].
        l append: 'again'.
        expect: (l at: 0) ToBe: 'again'.
        expect: l copyRemoveAll size ToBe: 0.
        expect: l size ToBe: 1 ).

    testRemovalWhileIterating = ( | l. values |
        l: std list copyRemoveAll.
        l append: 1; append: 2; append: 3.
        "Unlink the node being visited: do: fetched the next one already."
        l do: [| :node |
            node value = 2 ifTrue: [
                node prev next: node next.
                node next prev: node prev ] ].
        values: std vector copy.
        l do: [| :node | values add: node value ].
        expect: values ToBe: (1 & 3) asVector ).

    testCopyQuirk = ( | l. shared. count |
        l: std list copyRemoveAll.
        l append: 1.
        "Quirk: copy shares the sentinel, so appending to the copy changes the
         nodes of the original."
        shared: l copy.
        shared append: 2.
        count: 0.
        l do: [| :node | count: count + 1 ].
        expect: count ToBe: 2.
        expect: l size ToBe: 1 ).
|) run.
