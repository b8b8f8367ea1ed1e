"Integers have no printLine."
3 printLine.
