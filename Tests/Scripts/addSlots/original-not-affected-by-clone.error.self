"Expected error: Unknown selector 'addSlotsTestOnClone'
 A slot added to a clone does not appear on the original (language.md 11.7:
 the target changes in place, nothing else)."
(|
    parent* = std traits clonable.
    run = ( | o. c |
        o: (| a = 1 |).
        c: o _Clone.
        c _AddSlots: (| addSlotsTestOnClone = 2 |).
        c addSlotsTestOnClone.
        o addSlotsTestOnClone ).
|) run.
