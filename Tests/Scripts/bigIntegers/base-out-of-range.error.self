"Expected error: Base outside valid range
 asStringBase: takes bases 2 to 36, for big integers too (world-api.md 7)."
(2 ** 100) asStringBase: 37.
