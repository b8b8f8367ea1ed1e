"Quirk (language.md 2.1): a comment that is not closed silently swallows the
 rest of the file. The file still runs; the statements before the comment
 run and the text after it does not."
_AddSlots: (| regressionsTestBeforeComment <- 0 |).
regressionsTestBeforeComment: 1.
(regressionsTestBeforeComment = 1) ifFalse: [ _Error: 'statement before the comment' ].
"This comment is never closed, so the next line is not code:
_Error: 'text inside an unterminated comment ran'.
