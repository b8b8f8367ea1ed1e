"string.self: std string and std traits string, the VM's byte-array traits
 (world-api.md 12).

 Strings are mutable, fixed-size byte arrays whose elements are integers
 0-255. Lookup order in the traits: own slots, the mutable mixin, the indexable
 mixin, then std traits collection. Every message that builds a string answers
 a new one."

std traits string _AddSlots: (|
    mutableMixin* = std mixins mutableCollection.
    indexableMixin* = std mixins indexableCollection.
    parent* = std traits collection.

    size = (_ByteArraySize).
    at: i = (_ByteAt: i).
    at: i Put: byte = (_ByteAt: i Put: byte).

    "Writes the bytes to std out; answers nil."
    print = (
        std out write: self.
        nil ).

    "Writes the bytes and a newline to std out; answers nil."
    printLine = (
        std out write: self, '\n'.
        nil ).

    "True for a byte array with the same bytes, false for anything else."
    = s = (_ByteArrayEq: s).
    , s = (_ByteArrayConcatenate: s).

    asString = (self).
    filler = (' ').
    copy = (_Clone).

    "A new string of n bytes: truncated, or padded with the filler (a space)."
    copySize: n = (_ByteArrayCopySize: n FillingExtrasWith: filler).
    "The same, padded with the single byte of the string f."
    copySize: n FillingExtrasWith: f = (_ByteArrayCopySize: n FillingExtrasWith: f).

    "The elements of strings (anything with size and each:) concatenated, with
     the receiver between neighbours. Quirk: an empty collection with a
     non-empty receiver fails (a negative size)."
    join: strings = ( | pieces. count |
        count: strings size.
        count = 0 ifTrue: [ ^ '' _ByteArrayCopySize: 0 - size FillingExtrasWith: ' ' ].
        pieces: (std array copySize: (count * 2) - 1).
        count: 0.
        strings each: [| :s. :key |
            count > 0 ifTrue: [
                pieces at: count Put: self.
                count: count + 1 ].
            pieces at: count Put: s.
            count: count + 1 ].
        concatenatePieces: pieces Count: count ).

    "A new string with the bytes in reverse order."
    reverse = ( | result. last |
        result: _Clone.
        last: size - 1.
        0 to: size Do: [| :i | result _ByteAt: i Put: (_ByteAt: last - i) ].
        result ).

    "A new std vector of the pieces between non-overlapping occurrences of
     separator, scanning from the left. An empty separator splits into single
     bytes."
    splitBy: separator = (splitBy: separator CollectingInto: std vector copyRemoveAll).

    "Adds each piece to c with add:; answers c."
    splitBy: separator CollectingInto: c = (
        splitBy: separator Do: [| :piece | c add: piece ].
        c ).

    "blk value: piece for each piece in order; answers self."
    splitBy: separator Do: blk = ( | start. position. n |
        n: separator size.
        n = 0 ifTrue: [
            0 to: size Do: [| :i | blk value: (copyFrom: i Size: 1) ].
            ^ self ].
        start: 0.
        [
            position: (findSubstring: separator FromIndex: start IfPresent: [| :k | k ] IfAbsent: [ nil ]).
            nil == position
        ] whileFalse: [
            blk value: (copyFrom: start Until: position).
            start: position + n ].
        blk value: (copyFrom: start Until: size).
        self ).

    "found value: k for the first k >= i where s occurs, otherwise
     missing value."
    findSubstring: s FromIndex: i IfPresent: found IfAbsent: missing = ( | n. last. k. j |
        n: s size.
        last: size - n.
        k: i.
        [ k <= last ] whileTrue: [
            j: 0.
            [ j < n ifTrue: [ (_ByteAt: k + j) = (s _ByteAt: j) ] False: [ false ] ]
                whileTrue: [ j: j + 1 ].
            j = n ifTrue: [ ^ found value: k ].
            k: k + 1 ].
        missing value ).

    "Bytes a ... b - 1; the bounds are swapped when a > b."
    copyFrom: a Until: b = (
        a > b ifTrue: [ ^ copyFrom: b Size: a - b ].
        copyFrom: a Size: b - a ).

    "n bytes starting at a."
    copyFrom: a Size: n = ( | result |
        a = 0 ifTrue: [
            n <= size ifTrue: [ ^ _ByteArrayCopySize: n FillingExtrasWith: ' ' ] ].
        result: ('' _ByteArrayCopySize: n FillingExtrasWith: ' ').
        0 to: n Do: [| :i | result _ByteAt: i Put: (_ByteAt: a + i) ].
        result ).

    "Bytes a ... end. (ZigSelf copies 'size - 1' bytes: world-api.md 22.)"
    copyFrom: a = (copyFrom: a Size: size - a).

    "Jenkins' one-at-a-time hash in 32-bit wrap-around arithmetic: a
     non-negative integer below 2^32, the same as ZigSelf's wherever ZigSelf's
     does not overflow (it does for most strings of 4 or more bytes:
     world-api.md 22). A primitive (an extension, docs/primitives-extensions.md):
     in Self the loop cost some 60 instructions a byte; per step it is

         h: ((h + byte) + ((h + byte) << 10)) bitAnd: 0xFFFFFFFF.
         h: h bitXor: (h >> 6)

     and at the end h + (h << 3), xor h >> 11, h + (h << 15), each masked."
    hash = (_ByteArrayHash).

    asInteger = (asIntegerBase: 10).
    asHexInteger = (asIntegerBase: 16).

    "The value in base 0-36: digits 0-9, then letters a-z or A-Z for 10-35.
     There is no sign: '-' is an invalid character. Quirk: a digit not below
     the base is not rejected."
    asIntegerBase: base = ( | result |
        (base < 0) || [ base > 36 ] ifTrue: [ _Error: 'base can at most be 36' ].
        size = 0 ifTrue: [ _Error: 'empty string cannot be converted to integer' ].
        "Extension: digits all below a base of 2 or more are read by the VM, in
         time below quadratic for long texts (the value may be a big integer);
         anything else takes the loop, with ZigSelf's errors and quirk."
        base >= 2 ifTrue: [
            result: (_ByteArrayAsIntegerBase: base).
            nil == result ifFalse: [ ^ result ] ].
        result: 0.
        0 to: size Do: [| :i |
            result: (result * base) + (digitValueOf: (_ByteAt: i)) ].
        result ).

    "Private: the digit value 0-35 of an ASCII byte."
    digitValueOf: byte = (
        byte < 48 ifTrue: [ _Error: 'Invalid character in string' ].
        byte <= 57 ifTrue: [ ^ byte - 48 ].
        byte < 65 ifTrue: [ _Error: 'Invalid character in string' ].
        byte <= 90 ifTrue: [ ^ byte - 55 ].
        byte < 97 ifTrue: [ _Error: 'Invalid character in string' ].
        byte <= 122 ifTrue: [ ^ byte - 87 ].
        _Error: 'Invalid character in string' ).

    "Private: concatenates the first n strings of the array pieces into a new
     string, pairwise, so that every byte is copied about log2(n) times by the
     concatenation primitive. Overwrites pieces."
    concatenatePieces: pieces Count: n = ( | count. from. to |
        n = 1 ifTrue: [ ^ '', (pieces at: 0) ].
        count: n.
        [ count > 1 ] whileTrue: [
            from: 0.
            to: 0.
            [ from < count ] whileTrue: [
                (from + 1) < count
                    ifTrue: [ pieces at: to Put: (pieces at: from), (pieces at: from + 1) ]
                    False: [ pieces at: to Put: (pieces at: from) ].
                from: from + 2.
                to: to + 1 ].
            count: to ].
        pieces at: 0 ).
|).

std _AddSlots: (|
    string = ''.
|).
