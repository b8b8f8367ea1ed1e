"'key was not found in the collection'."
(std hashTable copy add: 1) at: 2.
