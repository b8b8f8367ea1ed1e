"A condition that is not a boolean fails with Unknown selector."
3 ifTrue: [ 1 ].
