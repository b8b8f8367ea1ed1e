"There is no or: (use ||)."
false or: [ true ].
