#!/usr/bin/env self
"An entry script may start with a #! line, which is skipped (language.md
 1.2). The harness runs this file as an entry script."
((6 * 7) = 42) ifFalse: [ _Error: 'arithmetic after a shebang line' ].
