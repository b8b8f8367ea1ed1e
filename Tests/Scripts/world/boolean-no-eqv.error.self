"There is no eqv:."
true eqv: true.
