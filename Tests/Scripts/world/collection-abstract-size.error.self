"A collection that does not implement size: 'This slot is not implemented'."
(| parent* = std traits collection |) size.
