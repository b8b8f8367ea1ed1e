"Expected error: Expected a byte array for argument 1 of _Genesis:
 The argument of _Genesis: must be a byte array (actors.md 4.1 step 2)."
(| main = (1) |) _Genesis: 3.
