"at:Put: needs identical key and item: equal strings are not enough."
std hashTable copy at: 'a' Put: 'a'.
