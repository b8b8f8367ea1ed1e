"A '^' in a top-level block run with 'value' ends the script (language.md
 7.7): nothing after it runs."
[ ^ 'done' ] value.
_Error: 'the script went on after a top-level non-local return'.
