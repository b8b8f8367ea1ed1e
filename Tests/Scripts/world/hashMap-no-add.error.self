"Maps have no add:."
std hashMap copy add: 1.
