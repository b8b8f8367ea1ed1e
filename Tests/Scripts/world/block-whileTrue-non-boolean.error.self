"The condition of whileTrue: must evaluate to a boolean."
(| parent* = std traits clonable. run = ([ 3 ] whileTrue: [ nil ]) |) run.
