"'key was not found in the collection'."
(std hashMap copy at: 1 Put: 2) at: 2.
