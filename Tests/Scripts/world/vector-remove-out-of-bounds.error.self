"remove: out of bounds: 'key does not exist in collection'."
(std vector copy add: 1) remove: 1.
