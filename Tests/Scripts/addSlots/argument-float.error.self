"Expected error: Expected a slots object for argument 1 of _AddSlots:
 Only a slots object can be the argument of _AddSlots: (language.md 11.7)."
(| a = 1 |) _AddSlots: 1.5.
