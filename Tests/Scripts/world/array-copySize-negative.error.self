"A negative size is a primitive error."
std array copySize: 1 negate.
