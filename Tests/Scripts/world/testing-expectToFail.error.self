"'Expected failure block to be called'."
std testing test expectToFail: [| :fail | 1 ].
