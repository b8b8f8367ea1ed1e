"'key does not exist in collection'."
(std hashTable copy add: 1) remove: 2.
