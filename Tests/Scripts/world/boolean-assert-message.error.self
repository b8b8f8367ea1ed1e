"false assert: raises 'Assertion failed: ' followed by the message."
false assert: 'the message'.
