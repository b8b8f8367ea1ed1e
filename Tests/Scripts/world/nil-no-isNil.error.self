"nil has no isNil (world-api.md 4)."
nil isNil.
