"Expected error: Unknown selector 'addSlotsTestInherited'
 Replacing a parent slot with a plain constant slot of the same name removes
 the inheritance (language.md 11.7: the slot takes the source's kind)."
(|
    parent* = std traits clonable.
    run = ( | t. base |
        base: (| addSlotsTestInherited = 'yes' |).
        t: (| p* = base |).
        t addSlotsTestInherited.
        t _AddSlots: (| p = base |).
        t addSlotsTestInherited ).
|) run.
