"Collections iterate with each:; there is no do:."
(1 & 2) asVector do: [| :e | e ].
