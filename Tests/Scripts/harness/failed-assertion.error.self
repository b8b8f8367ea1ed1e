"The assertion idiom of the other harness tests fails as it should: 7 is not 8."
'a' _ByteAt: ((3 _IntAdd: 4) _IntSub: 8).
