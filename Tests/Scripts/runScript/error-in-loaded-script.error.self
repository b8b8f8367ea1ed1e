"Expected error: Error raised in Self code: raised in a loaded script
 A runtime error in a loaded script propagates through _RunScript
 (primitives.md 3.1)."
'helpers/raises.self.disabled' _RunScript.
