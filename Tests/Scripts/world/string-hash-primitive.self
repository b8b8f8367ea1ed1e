"String hash is the primitive _ByteArrayHash (issue 11). It must answer what
 the world's former Self loop answered: checked here against that loop on
 strings of every length up to 300 and of every byte value."
(|
    parent* = std testing test.

    loopHash: s = ( | h. mask |
        mask: 0xFFFFFFFF.
        h: 0.
        0 to: s size Do: [| :i |
            h: h + (s at: i).
            h: ((h + (h << 10)) bitAnd: mask).
            h: (h bitXor: (h >> 6)) ].
        h: ((h + (h << 3)) bitAnd: mask).
        h: (h bitXor: (h >> 11)).
        (h + (h << 15)) bitAnd: mask ).

    run = ( | s |
        0 to: 300 Do: [| :n |
            s: ('' copySize: n).
            0 to: n Do: [| :i | s at: i Put: ((i * 37) + n) % 256 ].
            expect: s hash ToBe: (loopHash: s) ].
        expect: 'hello world' hash ToBe: 1045060183 ).
|) run.
