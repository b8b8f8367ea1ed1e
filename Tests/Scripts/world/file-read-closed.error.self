"A closed file has no descriptor to read from."
(std file open: 'Tests/Scripts/fixtures/world/hello.txt') close readLine.
