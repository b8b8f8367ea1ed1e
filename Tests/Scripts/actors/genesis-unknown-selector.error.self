"Expected error: Unknown selector 'nonexistent'
 _Genesis: with a selector the receiver does not understand
 (actors.md 4.1 step 3)."
() _Genesis: 'nonexistent'.
