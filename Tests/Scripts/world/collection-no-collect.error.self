"There is no collect: on collections."
(1 & 2) asVector collect: [| :e | e ].
