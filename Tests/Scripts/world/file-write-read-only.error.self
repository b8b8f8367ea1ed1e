"Writing to a file opened read-only fails with EBADF: 'Error raised: 9'."
(std file open: 'Tests/Scripts/fixtures/world/hello.txt') write: 'x'.
