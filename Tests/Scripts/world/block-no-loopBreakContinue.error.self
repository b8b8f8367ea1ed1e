"There is no loopBreakContinue (world-api.md 8)."
(| parent* = std traits clonable. run = ([| :b | nil ] loopBreakContinue) |) run.
