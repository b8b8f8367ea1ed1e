"Expected error: Expected a slots object for receiver of _AddSlots:
 Only slots objects can receive _AddSlots: (language.md 11.7)."
1.5 _AddSlots: (| addSlotsTestX = 1 |).
