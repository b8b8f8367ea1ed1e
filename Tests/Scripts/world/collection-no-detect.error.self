"There is no detect: on collections."
(1 & 2) asVector detect: [| :e | true ].
