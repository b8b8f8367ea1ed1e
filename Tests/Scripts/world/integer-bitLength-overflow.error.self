"Quirk: bitLength fails with overflow for values of 2^61 or more."
(2 ** 61) bitLength.
