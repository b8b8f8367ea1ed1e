// libedit's readline-compatible API, the only part of libedit SwiftSelf uses
// (docs/repl.md). el_set and history() are C-variadic and cannot be called from Swift.
#include <stdio.h>
#include <editline/readline.h>
