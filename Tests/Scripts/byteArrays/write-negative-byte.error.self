"Expected error: Expected positive integer for argument 2 of _ByteAt:Put:
 Writing accepts 0-255 only (language.md 11.3)."
'abc' _ByteAt: 0 Put: 1 negate.
