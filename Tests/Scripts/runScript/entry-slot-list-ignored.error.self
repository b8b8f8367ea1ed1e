| runScriptTestEntrySlot <- 3 |
"Expected error: Unknown selector 'runScriptTestEntrySlot'
 The slot list at the start of this script is ignored (language.md 9.1)."
runScriptTestEntrySlot.
