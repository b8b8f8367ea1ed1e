"poly.self: a polymorphic send site. Three different objects answer 'area';
 a loop of 3,000,000 iterations sends it to each in turn. Prints 14000000."

_AddSlots: (|
    poly: n = ( | shapes. sum <- 0 |
        shapes: (std array copySize: 3).
        shapes at: 0 Put: (| side <- 1. area = (side) |).
        shapes at: 1 Put: (| side <- 2. area = (side + side) |).
        shapes at: 2 Put: (| side <- 3. area = (side * side) |).
        0 to: n Do: [| :i | sum: sum + (shapes at: i % 3) area ].
        sum ).
|).

(poly: 3000000) asString printLine.
