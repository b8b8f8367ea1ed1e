"block.self: std traits block, the VM's block traits (world-api.md 8).

 The VM runs a block itself when the selector matches its argument count; any
 other message, including a value... selector with the wrong count, is looked
 up here and then in the default behaviour (defaultBehavior.self).

 The control blocks handed to a receiver (exit, break, continue and restart
 blocks) are ordinary blocks that make a non-local return out of the loop
 method, so they only work while that method runs. They are passed as one
 argument; receivers that take no argument drop it through the default
 'value:'. Loops restart their own method activation with _Restart
 (language.md 7.8), so they use no stack per iteration.

 There is deliberately no loopBreakContinue, no argument-less whileTrue, no
 repeat, no ensure: and no exception handling."

std traits block _AddSlots: (|
    parent* = std traits clonable.

    "Runs the receiver forever. Only a non-local return, an error or _Exit:
     ends it."
    loop = (
        value.
        _Restart ).

    "Runs the receiver once with an exit block. The result is the receiver's
     value, or nil if the exit block was sent value."
    break = (value: [ ^ nil ]).

    "Runs the receiver repeatedly with a break block; answers nil once the
     break block is sent value."
    loopBreak = (
        value: [ ^ nil ].
        _Restart ).

    "Runs the receiver repeatedly with a continue block, which abandons the
     current run. Never returns normally."
    loopContinue = (
        break.
        _Restart ).

    "Runs the receiver with a restart block, which starts the receiver again.
     Answers nil when the receiver finishes normally."
    restart = (
        [| :again |
            value: again.
            ^ nil ] break.
        _Restart ).

    "While the receiver evaluates to true, sends the body 'value:' with a break
     block. The receiver must evaluate to a boolean. Answers nil."
    whileTrue: body = (
        value ifFalse: [ ^ nil ].
        body value: [ ^ nil ].
        _Restart ).

    "While the receiver evaluates to false, as whileTrue:."
    whileFalse: body = (
        value ifTrue: [ ^ nil ].
        body value: [ ^ nil ].
        _Restart ).
|).
