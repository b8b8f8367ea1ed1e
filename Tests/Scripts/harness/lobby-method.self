"A method added to the lobby runs with the lobby as self, as every test script does.
 The slot name is unusual so that it cannot clash with the world or other tests."
_AddSlots: (| harnessDouble: n = ( n _IntAdd: n ) |).
'a' _ByteAt: ((harnessDouble: 21) _IntSub: 42).
