"mandelbrot.self: the Mandelbrot benchmark of 'Are We Fast Yet'. Each point
 of a 750 x 750 grid over [-1.5, 0.5) x [-1, 1) is iterated at most 50 times;
 a point that escapes gives a 1 bit. The bits of a row are packed 8 to a byte
 (the last byte padded with zeros) and the bytes are combined with xor.
 Prints the checksum: 50 (191 for a 500 x 500 grid, 128 for 1 x 1).
 The same program as mandelbrot.lua and mandelbrot.py; scripts/bench section
 mandelbrot.

 The loops are whileTrue: and the tests ifTrue:, which the compiler inlines;
 the inner loop's condition is 'notDone and z < 50' written with
 ifTrue:False: rather than &&, whose block argument would be a real send."

_AddSlots: (|
    mandelbrot: size = ( | sum <- 0. byteAcc <- 0. bitNum <- 0. y <- 0. x. ci. cr. zr. zi. zrzr. zizi. z. notDone. escape |
        [ y < size ] whileTrue: [
            ci: ((2.0 * y) / size) - 1.0.
            x: 0.
            [ x < size ] whileTrue: [
                zrzr: 0.0.
                zi: 0.0.
                zizi: 0.0.
                cr: ((2.0 * x) / size) - 1.5.
                z: 0.
                notDone: true.
                escape: 0.
                [ notDone ifTrue: [ z < 50 ] False: [ false ] ] whileTrue: [
                    zr: (zrzr - zizi) + cr.
                    zi: ((2.0 * zr) * zi) + ci.
                    zrzr: zr * zr.
                    zizi: zi * zi.
                    (zrzr + zizi) > 4.0 ifTrue: [
                        notDone: false.
                        escape: 1 ].
                    z: z + 1 ].
                byteAcc: (byteAcc << 1) + escape.
                bitNum: bitNum + 1.
                bitNum = 8 ifTrue: [
                    sum: (sum bitXor: byteAcc).
                    byteAcc: 0.
                    bitNum: 0 ] False: [
                    x = (size - 1) ifTrue: [
                        byteAcc: byteAcc << (8 - bitNum).
                        sum: (sum bitXor: byteAcc).
                        byteAcc: 0.
                        bitNum: 0 ] ].
                x: x + 1 ].
            y: y + 1 ].
        sum ).
|).

(mandelbrot: 750) asString printLine.
