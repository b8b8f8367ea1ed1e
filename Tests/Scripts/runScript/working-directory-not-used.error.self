"Expected error: An unexpected error was raised from script.initInPlaceFromFilePath: FileNotFound...
 The path is relative to this script's directory, not the working directory
 (the repository root when tests run): world/testing.self exists under the
 root but not under Tests/Scripts/runScript (language.md 9.2)."
'world/testing.self' _RunScript.
