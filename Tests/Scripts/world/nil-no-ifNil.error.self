"nil has no ifNil: (world-api.md 4)."
nil ifNil: [ 1 ].
