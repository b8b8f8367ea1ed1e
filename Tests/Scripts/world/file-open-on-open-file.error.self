"Sending open: to a file that is already open fails."
(std file open: 'Tests/Scripts/fixtures/world/hello.txt') open: 'Tests/Scripts/fixtures/world/hello.txt'.
