"Lists do not inherit the collection protocol."
(std list copyRemoveAll append: 1) each: [| :e | e ].
