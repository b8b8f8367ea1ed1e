"Integers have no timesRepeat:."
3 timesRepeat: [ 1 ].
