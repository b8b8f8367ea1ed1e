"float.self: std traits float, the VM's float traits (docs/numbers.md).

 Floats are IEEE-754 doubles: this VM's extension (ZigSelf's floats answer
 nothing). Arithmetic takes floats and integers alike; a mixed operation
 converts the integer to a float (3 + 0.5 is 3.5). Comparisons and equality
 are exact between integers and floats (2 = 2.0, and they hash alike), and
 false whenever NaN is involved, as IEEE-754 says (so nan = nan is false).
 Division by zero answers an infinity or NaN rather than failing. asString
 is the shortest text that reads back, with asFloat, as the same float."

std traits float _AddSlots: (|
    parent* = std traits clonable.

    + n = (_FloatAdd: n).
    - n = (_FloatSub: n).
    * n = (_FloatMul: n).
    / n = (_FloatDiv: n).
    "Floored, as for integers: the result takes the sign of n."
    % n = (_FloatMod: n).
    < n = (_FloatLT: n).
    > n = (_FloatGT: n).
    <= n = (_FloatLE: n).
    >= n = (_FloatGE: n).
    = n = (_FloatEq: n).
    != n = (_FloatNE: n).
    hash = (_FloatHash).

    "n may be a float or an integer; the answer is a float."
    raisedTo: n = (_FloatRaisedTo: n).
    ** n = (_FloatRaisedTo: n).
    sqrt = (_FloatSqrt).
    squared = (_FloatMul: self).
    exp = (_FloatExp).
    "The natural logarithm; log: b is the logarithm in base b."
    ln = (_FloatLn).
    log: b = (_FloatLog: b).
    sin = (_FloatSin).
    cos = (_FloatCos).
    tan = (_FloatTan).
    arcSin = (_FloatArcSin).
    arcCos = (_FloatArcCos).
    arcTan = (_FloatArcTan).

    abs = (_FloatAbs).
    negated = (_FloatNegated).
    negate = (_FloatNegated).
    "NaN if either is NaN; otherwise the smaller (larger) as a float."
    min: n = (_FloatMin: n).
    max: n = (_FloatMax: n).
    "-1, 0 or 1 (an integer); NaN answers 0."
    sign = ((_FloatGT: 0) ifTrue: [ 1 ] False: [ (_FloatLT: 0) ifTrue: [ 0 _IntSub: 1 ] False: [ 0 ] ]).

    isNaN = ((_FloatEq: self) not).
    isInfinite = ((_FloatEq: self) && [ (_FloatSub: self) isNaN ]).
    isFinite = ((_FloatSub: self) _FloatEq: 0).

    "To integers: toward zero, to the nearest (halves away from zero), down
     and up. NaN and the infinities have no integer value: an error."
    asInteger = (_FloatTruncated).
    truncated = (_FloatTruncated).
    rounded = (_FloatRounded).
    floor = (_FloatFloor).
    ceiling = (_FloatCeiling).
    asFloat = (self).
    isInteger = false.

    asString = (_FloatAsString).
    printString = (_FloatAsString).
    copy = (self).

    "Constants, answered by any float: 0.0 pi, 0.0 infinity."
    pi = (1.0 _FloatArcTan _FloatMul: 4).
    e = (1.0 _FloatExp).
    infinity = (1.0 _FloatDiv: 0).
    nan = (0.0 _FloatDiv: 0).
|).

std traits integer _AddSlots: (|
    "Extensions: integers as floats, and the float functions of integers."
    asFloat = (_IntAsFloat).
    sqrt = (_IntAsFloat _FloatSqrt).
    exp = (_IntAsFloat _FloatExp).
    ln = (_IntAsFloat _FloatLn).
    log: b = (_IntAsFloat _FloatLog: b).
    sin = (_IntAsFloat _FloatSin).
    cos = (_IntAsFloat _FloatCos).
    tan = (_IntAsFloat _FloatTan).
    arcTan = (_IntAsFloat _FloatArcTan).
    truncated = (self).
    rounded = (self).
    floor = (self).
    ceiling = (self).
    isNaN = false.
    isFinite = true.
    isInfinite = false.
|).

std traits string _AddSlots: (|
    "The float the text is (as asString writes floats: '1.5', '1e-05', 'inf',
     'nan', also '-2' and '3e8'); an error for anything else."
    asFloat = (_ByteArrayAsFloat).
|).
