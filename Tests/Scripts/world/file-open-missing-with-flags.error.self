"open:WithFlags: uses raiseError too."
std file open: 'Tests/Scripts/fixtures/world/missing.txt' WithFlags: 0.
