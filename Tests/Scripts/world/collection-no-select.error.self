"There is no select: on collections."
(1 & 2) asVector select: [| :e | true ].
