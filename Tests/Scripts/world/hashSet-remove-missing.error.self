"'key does not exist in collection'."
(std hashSet copy add: 1) remove: 2.
