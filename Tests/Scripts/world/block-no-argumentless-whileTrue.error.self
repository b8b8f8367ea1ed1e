"There is no whileTrue without an argument."
(| parent* = std traits clonable. run = ([ false ] whileTrue) |) run.
