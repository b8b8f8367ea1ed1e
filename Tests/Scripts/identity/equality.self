"'=' is defined by the world: integers compare by value, byte arrays by
 content, everything else by identity unless a traits object overrides it;
 '==' is identity (language.md 11.5)."
(|
    parent* = std testing test.

    run = ( | o |
        expectToBeTrue: 3 = 3.
        expectToBeFalse: 3 = 4.
        expectToBeTrue: 'abc' = 'abc'.
        expectToBeFalse: 'abc' = 'abd'.
        expectToBeFalse: 'abc' == 'abc'.
        o: (| parent* = std traits clonable. a = 1 |).
        expectToBeTrue: o = o.
        expectToBeFalse: o = o clone.
        expectToBeTrue: o == o.
        expectToBeFalse: o == o clone.
        expectToBeTrue: nil = nil.
        expectToBeFalse: nil = false ).
|) run.
