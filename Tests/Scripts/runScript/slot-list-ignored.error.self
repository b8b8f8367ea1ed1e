"Expected error: Unknown selector 'runScriptTestIgnoredSlot'
 A script's own slot list is parsed and ignored: the names are not defined
 (language.md 9.1, quirk 13.9)."
'helpers/slot-list.self.disabled' _RunScript.
