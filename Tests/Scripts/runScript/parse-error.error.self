"Expected error: Failed parsing the script passed to _RunScript
 A loaded script that does not parse is a runtime error in the caller
 (primitives.md 3.1)."
'helpers/parse-error.self.disabled' _RunScript.
