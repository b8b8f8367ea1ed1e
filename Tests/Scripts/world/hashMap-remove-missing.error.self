"'key does not exist in collection'."
(std hashMap copy at: 1 Put: 2) remove: 2.
