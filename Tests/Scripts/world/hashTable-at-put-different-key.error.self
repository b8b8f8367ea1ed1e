"'hashTable requires its keys to be equal to its items'."
std hashTable copy at: 1 Put: 2.
