"Floats have no behaviour: their traits have no parent (world-api.md 2)."
1.5 printLine.
