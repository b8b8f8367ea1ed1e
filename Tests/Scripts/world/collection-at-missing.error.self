"The collection traits' at: raises 'key was not found in the collection'."
(| parent* = std traits collection. at: k IfAbsent: blk = (blk value) |) at: 3.
