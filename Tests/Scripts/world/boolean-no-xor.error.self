"There is no xor:."
true xor: false.
