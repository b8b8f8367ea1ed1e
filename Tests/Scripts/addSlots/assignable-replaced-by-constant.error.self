"Expected error: Unknown selector 'a:'
 After an assignable slot is replaced by a constant, its assignment form is
 gone (language.md 11.7)."
(|
    parent* = std traits clonable.
    run = ( | t |
        t: (| a <- 1 |).
        t a: 2.
        t _AddSlots: (| a = 3 |).
        t a: 4 ).
|) run.
