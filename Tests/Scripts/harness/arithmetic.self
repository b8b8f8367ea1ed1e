"The harness's own smoke test: primitives only, so it passes with or without the
 world. `'a' _ByteAt: n` is an assertion that n is 0: any other index is a
 runtime error, which fails the test."
'a' _ByteAt: ((3 _IntAdd: 4) _IntSub: 7).
'a' _ByteAt: ((10 _IntMul: 10) _IntSub: 100).
