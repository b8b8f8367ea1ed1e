"Integers have no odd."
3 odd.
