"The condition of whileFalse: must evaluate to a boolean."
(| parent* = std traits clonable. run = ([ nil ] whileFalse: [ nil ]) |) run.
