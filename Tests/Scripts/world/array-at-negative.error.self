"Negative indices are a primitive error."
(std array copySize: 2) at: 1 negate.
