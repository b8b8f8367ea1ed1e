"false assert raises 'Assertion failed'."
false assert.
