"There is no reject: on collections."
(1 & 2) asVector reject: [| :e | false ].
