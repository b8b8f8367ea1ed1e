"Expected error: An unexpected error was raised from script.initInPlaceFromFilePath: FileNotFound...
 A file that cannot be read is a runtime error naming the OS error
 (primitives.md 3.1; the wording after the colon is ZigSelf's)."
'helpers/runScriptTestDoesNotExist.self' _RunScript.
