"There is no repeat."
(| parent* = std traits clonable. run = ([ false ] repeat) |) run.
