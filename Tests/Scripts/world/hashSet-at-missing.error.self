"'key was not found in the collection'."
(std hashSet copy add: 1) at: 2.
