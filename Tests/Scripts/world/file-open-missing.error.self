"open: uses raiseError: 'Error raised: 2'."
std file open: 'Tests/Scripts/fixtures/world/missing.txt'.
