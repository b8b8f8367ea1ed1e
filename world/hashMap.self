"hashMap.self: std hashMap and std traits hashMap, maps from keys to values
 (world-api.md 14.3).

 A map is a compact open-addressing table (the layout of CPython's dict):

 * The entries live in three parallel arrays, 'keys', 'values' and
   'hashes': entry j is a key, its value, and the hash the key answered when
   it was stored. New entries are appended at position 'count'. A removed
   entry becomes a hole: its key is the traits' 'deletedMarker', its value
   nil, and its hash the position of the next hole, so that the holes form a
   list headed by 'freeEntry' (-1 when there are none). A new key fills the
   most recent hole before anything is appended.
 * 'index' is the hash table proper: 'capacity' buckets, each an integer,
   -1 for a free bucket, -2 for a removed key (a tombstone), otherwise the
   position of an entry. A key's probe starts at its hash % capacity and is
   linear.
 * 'size' counts keys and 'deletedSlots' tombstones.

 Keys are told apart with '=', the key looked for being the receiver and
 the stored key the argument, so any object that answers hash and '=' can be
 a key. A key is sent hash once when it is stored and the answer is kept:
 rehashing sends no messages to the keys. (So, as in any hash table, a key
 must not change its hash while it is in the map.) A map with no buckets
 answers lookups without sending hash.

 The index follows std hashTable's rules (world-api.md 14.1): before a new
 key is stored, it grows to max(2 x capacity, 16) buckets when
 (size + deletedSlots) x 100 >= capacity x 60, so there is always a free
 bucket and every probe ends; after a removal that leaves size > 16 and
 size x 100 < capacity x 20 it shrinks to size x 2 buckets. A removal leaves
 a tombstone only when a probe could pass the bucket. Rehashing squeezes the
 holes out of the entries, which keep their order, and rebuilds the index
 from the kept hashes, in entry order. (A table of entry objects, ZigSelf's
 map, reinserts in bucket order instead; when keys collide, the two can then
 disagree on which later removals leave tombstones, and so on when the map
 grows.) The entry arrays have ceil(capacity x 60 / 100) elements, which is
 enough: a key is appended only when there is no hole, when count is size,
 and the growth rule lets size reach that number only by growing first.

 Iteration (each:) visits the entries in position order: the order of
 insertion, except that a key stored after a removal may take the removed
 entry's place.

 Every operation probes the index once and allocates nothing but the new
 arrays when the map grows or shrinks. The probe loops use locals, literal
 blocks (which the compiler inlines), integer tests (index buckets are
 integers) and the arrays' at: and at:Put:, which the dispatch loop runs
 itself for an array receiver, so a probe step sends nothing else that costs
 a call but the key's '='. at: and at:IfAbsent: have the probe
 written out (entryOf:Hash: is the same loop), which spares them a method
 call; at:Put: has its own probe, which also finds the first tombstone. There
 is no add:.

 The lookups (at:, at:IfAbsent:, entryOf:Hash:) first ask the primitive
 _HashProbe:Hash:Keys: (docs/primitives-extensions.md), which runs the same
 loop for small-integer and string keys whose '=' is the primitive's without a
 send per bucket, and answers the entry, or -1 - the bucket a new key would go
 to, or the index's size (capacity) to leave the probe to the loop here (any
 other key, a redefined '=', a stored key of another kind). at:Put: asks it
 only when the key's home bucket is taken: a free home bucket ends the probe
 at once, and the primitive's call costs more than that one step (hash-int
 +4.9% when every insertion called it), while colliding keys gain (string
 keys send '=' to a method per stored key passed: hash-string -13.6%,
 hash-int -3.2%). rehashTo: rebuilds the index with _HashIndex:Count:."

std traits _AddSlots: (|
    hashMap = (|
        mutableMixin* = std mixins mutableCollection.
        removableMixin* = std mixins removableCollection.
        parent* = std traits collection.

        "A new map with its own entries; keys and values are shared. The pairs
         are stored again, in iteration order, so the copy has no holes and
         the capacity of a map built that way."
        copy = ( | result |
            result: copyRemoveAll.
            each: [| :v. :key | result at: key Put: v ].
            result ).

        "An empty map, with no buckets."
        copyRemoveAll = (
            clone index: std array; keys: std array; values: std array; hashes: std array;
                capacity: 0; count: 0; freeEntry: 0 - 1; size: 0; deletedSlots: 0 ).

        "Stores v under key, replacing the value of an existing key (the
         stored key is kept). Answers self."
        at: key Put: v = ( | h. n. ix. ks. b. j. free. first. position |
            h: key hash.
            n: capacity.
            free: 0 - 1.
            first: free.
            0 = n ifFalse: [
                "The probe: stops at the key's entry or at a free bucket, and
                 notes the first tombstone on the way. A free home bucket ends
                 it at once; otherwise _HashProbe:Hash:Keys: probes, and the
                 loop only when the primitive leaves the key to it."
                ix: index.
                b: h % n.
                j: (ix at: b).
                j = free ifFalse: [
                    j: (ix _HashProbe: key Hash: h Keys: keys).
                    j < n
                        ifTrue: [
                            j < 0 ifTrue: [
                                "A new key's bucket: the first tombstone, else the free one."
                                b: free - j.
                                (ix at: b) = free ifFalse: [ first: b ] ] ]
                        False: [
                            ks: keys.
                            [
                                j: (ix at: b).
                                j < 0
                                    ifTrue: [ j = free ]
                                    False: [ key = (ks at: j) ]
                            ] whileFalse: [
                                j < free ifTrue: [ first < 0 ifTrue: [ first: b ] ].
                                b: (b + 1) % n ] ] ].
                j < 0 ifFalse: [
                    values at: j Put: v.
                    ^ self ] ].
            ((size + deletedSlots) * 100) < (n * 60)
                ifTrue: [
                    "The key goes to the first tombstone, which it replaces,
                     or else to the free bucket b that ended the probe."
                    first < 0 ifFalse: [
                        b: first.
                        deletedSlots: deletedSlots - 1 ] ]
                False: [
                    rehashTo: ((n * 2) max: 16).
                    ix: index.
                    b: (freeBucketFor: h) ].
            position: freeEntry.
            position < 0
                ifTrue: [
                    position: count.
                    count: position + 1 ]
                False: [ freeEntry: (hashes at: position) ].
            keys at: position Put: key.
            values at: position Put: v.
            hashes at: position Put: h.
            ix at: b Put: position.
            size: size + 1.
            self ).

        "The value stored under key, otherwise blk value. (The probe of
         entryOf:Hash:, written out.)"
        at: key IfAbsent: blk = ( | n. h. ix. ks. b. j. free |
            n: capacity.
            0 = n ifTrue: [ ^ blk value ].
            h: key hash.
            ix: index.
            j: (ix _HashProbe: key Hash: h Keys: keys).
            j < n ifFalse: [
                ks: keys.
                b: h % n.
                free: 0 - 1.
                [
                    j: (ix at: b).
                    j < 0
                        ifTrue: [ j = free ]
                        False: [ key = (ks at: j) ]
                ] whileFalse: [ b: (b + 1) % n ] ].
            j < 0
                ifTrue: [ blk value ]
                False: [ values at: j ] ).

        "The value stored under key, otherwise error 'key was not found in the
         collection'. (std traits collection's at:, without its block; the
         probe of entryOf:Hash:, written out.)"
        at: key = ( | n. h. ix. ks. b. j. free |
            n: capacity.
            0 = n ifTrue: [ _Error: 'key was not found in the collection' ].
            h: key hash.
            ix: index.
            j: (ix _HashProbe: key Hash: h Keys: keys).
            j < n ifFalse: [
                ks: keys.
                b: h % n.
                free: 0 - 1.
                [
                    j: (ix at: b).
                    j < 0
                        ifTrue: [ j = free ]
                        False: [ key = (ks at: j) ]
                ] whileFalse: [ b: (b + 1) % n ] ].
            j < 0 ifTrue: [ _Error: 'key was not found in the collection' ].
            values at: j ).

        "True when the map holds a key '=' to key."
        contains: key = (
            0 = capacity ifTrue: [ ^ false ].
            (entryOf: key Hash: key hash) < 0 ifTrue: [ false ] False: [ true ] ).

        "Removes key and answers its value, otherwise answers blk value."
        remove: key IfAbsent: blk = ( | h. j |
            0 = capacity ifTrue: [ ^ blk value ].
            h: key hash.
            j: (entryOf: key Hash: h).
            j < 0 ifTrue: [ ^ blk value ].
            removeEntry: j Hash: h ).

        "Removes key and answers its value, otherwise error 'key does not
         exist in collection'. (The removable mixin's remove:, without its
         block.)"
        remove: key = ( | h. j |
            0 = capacity ifTrue: [ _Error: 'key does not exist in collection' ].
            h: key hash.
            j: (entryOf: key Hash: h).
            j < 0 ifTrue: [ _Error: 'key does not exist in collection' ].
            removeEntry: j Hash: h ).

        "blk value: value With: key for each key, in position order, over the
         entries as they are when each: starts. Answers self."
        each: blk = ( | ks. vs. stored. hole |
            ks: keys.
            vs: values.
            hole: deletedMarker.
            0 to: count Do: [| :j |
                stored: (ks at: j).
                (stored _Eq: hole) ifFalse: [
                    blk value: (vs at: j) With: stored ] ].
            self ).

        "Private: the key of a hole in the entries. It has no parent, so it
         is only ever compared with _Eq:."
        deletedMarker = ().

        "Private: the position of the entry whose key is '=' to key, or -1.
         h is key's hash. The map has buckets."
        entryOf: key Hash: h = ( | n. ix. ks. b. j. free |
            n: capacity.
            ix: index.
            j: (ix _HashProbe: key Hash: h Keys: keys).
            j < n ifTrue: [ ^ j < 0 ifTrue: [ 0 - 1 ] False: [ j ] ].
            ks: keys.
            b: h % n.
            free: 0 - 1.
            [
                j: (ix at: b).
                j < 0
                    ifTrue: [ j = free ]
                    False: [ key = (ks at: j) ]
            ] whileFalse: [ b: (b + 1) % n ].
            j ).

        "Private: the first free bucket on the probe path of hash h, in an
         index without tombstones (just after a rehash)."
        freeBucketFor: h = ( | n. ix. b |
            n: capacity.
            ix: index.
            b: h % n.
            [ (ix at: b) < 0 ] whileFalse: [ b: (b + 1) % n ].
            b ).

        "Private: removes entry j, which the probe for hash h found, and
         answers its value; then shrinks the map if it has become sparse. Its
         bucket is on the same probe path, which only integers are compared
         on."
        removeEntry: j Hash: h = ( | n. ix. b. v |
            n: capacity.
            ix: index.
            b: h % n.
            [ (ix at: b) = j ] whileFalse: [ b: (b + 1) % n ].
            "A tombstone is only needed when a probe could pass this bucket."
            (ix at: (b + 1) % n) = (0 - 1)
                ifTrue: [ ix at: b Put: 0 - 1 ]
                False: [
                    ix at: b Put: 0 - 2.
                    deletedSlots: deletedSlots + 1 ].
            v: (values at: j).
            keys at: j Put: deletedMarker.
            values at: j Put: nil.
            hashes at: j Put: freeEntry.
            freeEntry: j.
            size: size - 1.
            size > 16 ifTrue: [
                (size * 100) < (n * 20) ifTrue: [ rehashTo: size * 2 ] ].
            v ).

        "Private: gives the map n buckets and entry arrays of
         ceil(n x 60 / 100) elements, holding the keys in their order
         without holes, then rebuilds the index from the kept hashes: with
         the primitive _HashIndex:Count:, which runs the loop below and
         answers nil instead when a hash is not a small integer or integer
         % or < is redefined."
        rehashTo: n = ( | limit. ix. hs. b |
            limit: ((n * 60) + 99) / 100.
            freeEntry < 0
                ifTrue: [
                    keys: (keys copySize: limit).
                    values: (values copySize: limit).
                    hashes: (hashes copySize: limit) ]
                False: [ moveEntriesTo: limit ].
            ix: (std array copySize: n FillingExtrasWith: 0 - 1).
            hs: hashes.
            nil == (ix _HashIndex: hs Count: size) ifTrue: [
                0 to: size Do: [| :j |
                    b: (hs at: j) % n.
                    [ (ix at: b) < 0 ] whileFalse: [ b: (b + 1) % n ].
                    ix at: b Put: j ] ].
            index: ix.
            capacity: n.
            deletedSlots: 0.
            self ).

        "Private: copies the entries that are not holes, in order, into new
         entry arrays of n elements; leaves no holes. The index is rebuilt
         after this."
        moveEntriesTo: n = ( | oldKeys. oldValues. oldHashes. ks. vs. hs. stored. hole. c |
            oldKeys: keys.
            oldValues: values.
            oldHashes: hashes.
            ks: (std array copySize: n).
            vs: (std array copySize: n).
            hs: (std array copySize: n).
            hole: deletedMarker.
            c: 0.
            0 to: count Do: [| :j |
                stored: (oldKeys at: j).
                (stored _Eq: hole) ifFalse: [
                    ks at: c Put: stored.
                    vs at: c Put: (oldValues at: j).
                    hs at: c Put: (oldHashes at: j).
                    c: c + 1 ] ].
            keys: ks.
            values: vs.
            hashes: hs.
            count: c.
            freeEntry: 0 - 1.
            self ).
    |).
|).

std _AddSlots: (|
    hashMap = (|
        parent* = std traits hashMap.
        index <- std array.
        keys <- std array.
        values <- std array.
        hashes <- std array.
        capacity <- 0.
        count <- 0.
        freeEntry <- 0 - 1.
        size <- 0.
        deletedSlots <- 0.
    |).
|).
