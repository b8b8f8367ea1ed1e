"Reading past the end of an array is a primitive error."
(std array copySize: 2) at: 2.
