"A '^' in a block at the top level ends the script (language.md 7.7, 9.1):
 nothing after it runs."
(3 = 3) ifTrue: [ ^ 'done' ].
_Error: 'the script went on after a top-level non-local return'.
