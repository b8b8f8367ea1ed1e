"Expected error: Unknown selector '='
 Floats do not inherit the default behaviour: not even '=' (language.md 11.2)."
1.5 = 1.5.
