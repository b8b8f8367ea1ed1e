"There is no ensure:."
(| parent* = std traits clonable. run = ([ 1 ] ensure: [ 2 ]) |) run.
