"Expected error: Unknown selector '+++'
 (language.md 7.1, 12)"
3 +++ 4.
