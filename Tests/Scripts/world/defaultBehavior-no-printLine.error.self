"Objects in general have no printLine."
(| parent* = std traits clonable |) printLine.
