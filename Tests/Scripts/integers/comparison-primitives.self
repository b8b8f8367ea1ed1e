"<=, >= and != on integers and floats are primitives (_IntLE: _IntGE: _IntNE:
 _FloatNE:, issue 11) that the arithmetic fast path runs inline. They answer
 what the negated forms answered, except that a comparison with NaN is false
 (IEEE-754; the negation of > and < said true)."
(|
    parent* = std testing test.
    nan = ( 0.0 / 0.0 ).
    big = ( 2 ** 70 ).

    run = (
        expectToBeTrue: 3 <= 3.  expectToBeTrue: 2 <= 3.  expectToBeFalse: 4 <= 3.
        expectToBeTrue: 3 >= 3.  expectToBeTrue: 4 >= 3.  expectToBeFalse: 2 >= 3.
        expectToBeTrue: 3 != 4.  expectToBeFalse: 3 != 3.
        "Other kinds of argument, through the primitives themselves."
        expectToBeTrue: 3 != 'three'.  expectToBeFalse: 3 != 3.0.  expectToBeTrue: 3 != 3.5.
        expectToBeTrue: 3 <= 3.0.  expectToBeTrue: 3 >= 2.5.  expectToBeFalse: 3 <= 2.5.
        expectToBeTrue: 3 <= big.  expectToBeFalse: 3 >= big.  expectToBeTrue: big >= big.
        expectToBeTrue: big != (big + 1).  expectToBeFalse: big != big.
        expectToBeFalse: 3 <= nan.  expectToBeFalse: 3 >= nan.  expectToBeTrue: 3 != nan.
        "Floats."
        expectToBeTrue: 1.5 != 2.5.  expectToBeFalse: 1.5 != 1.5.  expectToBeTrue: 1.5 != 'x'.
        expectToBeTrue: nan != nan.  expectToBeFalse: nan <= nan.  expectToBeFalse: 2.0 != 2.
        expectToBeTrue: 1.5 <= 2.  expectToBeTrue: 2.5 >= 2 ).
|) run.
