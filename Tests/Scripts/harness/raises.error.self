"An expected-error test: it passes because a runtime error reaches the top level.
 Its report is suppressed by the harness."
_Error: 'boom'.
