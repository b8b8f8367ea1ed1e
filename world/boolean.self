"boolean.self: true and false (world-api.md 5).

 Both inherit from std traits boolean, which inherits from std traits singleton.
 Arguments of the conditional messages may be blocks or any other object (every
 object answers 'value' with itself). There are no and:, or:, xor: or eqv:;
 '&&' and '||' evaluate their argument lazily when it is a block."

std traits _AddSlots: (|
    boolean = (|
        parent* = std traits singleton.
    |).
|).

true _AddSlots: (|
    parent* = std traits boolean.

    ifTrue: t False: f = (t value).
    ifFalse: f True: t = (t value).
    ifTrue: t = (t value).
    ifFalse: f = (nil).
    not = (false).
    && b = (b value).
    || b = (true).
    assert = (nil).
    assert: message = (nil).
    asString = ('true').
|).

false _AddSlots: (|
    parent* = std traits boolean.

    ifTrue: t False: f = (f value).
    ifFalse: f True: t = (f value).
    ifTrue: t = (nil).
    ifFalse: f = (f value).
    not = (true).
    && b = (false).
    || b = (b value).
    assert = (_Error: 'Assertion failed').
    assert: message = (_Error: 'Assertion failed: ', message).
    asString = ('false').
|).
