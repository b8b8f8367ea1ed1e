"A collection that does not implement each:: 'This slot is not implemented'."
(| parent* = std traits collection |) each: [| :e | e ].
