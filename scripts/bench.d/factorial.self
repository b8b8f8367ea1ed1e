"factorial.self: 10000! by a plain loop of multiplications; the product
 leaves 63 bits at 21! and ends with 35,660 digits. Prints the number of its
 decimal digits and its first and last 20 digits, all taken from its full
 text: 35660 28462596809170545189 00000000000000000000.
 The same program as factorial.py; scripts/bench section factorial.
 It needs big integers: an integer operation whose result leaves 63 bits
 answers a big integer."

_AddSlots: (|
    factorial: n = ( | product <- 1 |
        1 through: n Do: [| :i | product: product * i ].
        product ).

    "The number of decimal digits, the first 20 and the last 20."
    summary: number = ( | text |
        text: number asString.
        text size asString, ' ', (text copyFrom: 0 Until: 20), ' ', (text copyFrom: text size - 20 Until: text size) ).
|).

(summary: (factorial: 10000)) printLine.
