"Items must answer hash."
std hashTable copy add: (| parent* = std traits clonable |).
