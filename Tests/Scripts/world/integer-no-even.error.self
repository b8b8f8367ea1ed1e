"Integers have no even."
4 even.
