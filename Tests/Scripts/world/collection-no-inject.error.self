"There is no inject:into: on collections; use fold:Initial:."
(1 & 2) asVector inject: 0 Into: [| :a. :e | a + e ].
