"defaultBehavior.self: the lobby's defaultBehavior* parent (world-api.md 3).

 Every object that inherits from the lobby answers these messages: integers,
 strings, arrays, blocks, nil, the booleans and all world objects. Floats,
 std os and parentless objects do not.

 The value... family lets any object stand in for a block: 'value' answers the
 receiver, and a 'value:...' message with more arguments than a block takes
 drops the extra ones and resends. A block sent a selector with fewer arguments
 than it takes answers itself, through 'value'."

_AddSlots: (|
    defaultBehavior* = (|
        value = (self).
        value: a = (value).
        value: a With: b = (value: a).
        value: a With: b With: c = (value: a With: b).
        value: a With: b With: c With: d = (value: a With: b With: c).
        value: a With: b With: c With: d With: e = (value: a With: b With: c With: d).

        clone = (_Clone).

        == v = (_Eq: v).
        !== v = ((_Eq: v) not).
        = v = (== v).
        != v = ((= v) not).

        "A failure object for IfFail: arguments: 'value' and 'value: errno'
         raise a runtime error."
        raiseError = (|
            value = (_Error: 'Error raised').
            value: e = (_Error: 'Error raised: ', e asString).
        |).

        childMustImplement = (_Error: 'This slot is not implemented').

        asSortKey = (std sortKeyFactory copyComparator: self).

        & x = (x appendToCollector: (std collector copyFirst: self)).
        appendToCollector: c = (c add: self).
    |).
|).
