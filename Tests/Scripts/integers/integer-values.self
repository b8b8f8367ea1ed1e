"Integers are immediate: _Clone answers the same integer, identity is
 equality, and every integer inherits from the integer traits object
 (language.md 11.1)."
(|
    parent* = std testing test.

    run = (
        expectToBeTrue: (42 _Clone _Eq: 42).
        expectToBeTrue: ((40 + 2) _Eq: 42).
        expectToBeTrue: (42 parent _Eq: std traits integer).
        expectToBeTrue: (42 negate parent _Eq: std traits integer).
        expectToBeTrue: (4611686018427387903 parent _Eq: std traits integer) ).
|) run.
