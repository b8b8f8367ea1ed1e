"The table's rule applies: keys must be identical to items."
std hashSet copy at: 1 Put: 2.
