"Expected error: Unknown selector '<-'
 'x < -1' with a space tokenizes as '<' and '-', which join into the binary
 selector '<-' (language.md 2.4): integers do not understand it."
3 < -1.
