"nil has no printLine (world-api.md 4)."
nil printLine.
