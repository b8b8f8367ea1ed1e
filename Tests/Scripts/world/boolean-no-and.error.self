"There is no and: (use &&)."
true and: [ true ].
