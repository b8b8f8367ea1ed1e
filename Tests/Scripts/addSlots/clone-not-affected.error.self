"Expected error: Unknown selector 'addSlotsTestLate'
 _AddSlots: changes the target in place; a clone made before is a separate
 object and does not get the new slots (language.md 11.6, 11.7)."
(|
    parent* = std traits clonable.
    run = ( | t. c |
        t: (| a = 1 |).
        c: t _Clone.
        t _AddSlots: (| addSlotsTestLate = 2 |).
        t addSlotsTestLate.
        c addSlotsTestLate ).
|) run.
