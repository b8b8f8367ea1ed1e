"Expected error: An unexpected error was raised from script.initInPlaceFromFilePath: FileTooBig (/dev/zero)
 A file that never ends is refused once it passes the source size limit
 (docs/robustness.md), instead of being read for ever (issue 8, defect 4)."
'/dev/zero' _RunScript.
