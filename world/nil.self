"nil.self: behaviour of the nil object (world-api.md 4).

 nil is a singleton: 'copy' answers nil itself. It answers 'asString' with
 'nil' and the default behaviour. There is deliberately no isNil, ifNil: or
 printLine: programs compare with 'nil == x'."

nil _AddSlots: (|
    parent* = std traits singleton.

    asString = ('nil').
|).
