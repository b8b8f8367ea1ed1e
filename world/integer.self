"integer.self: std traits integer, the VM's integer traits (world-api.md 7).

 Integers are 63-bit; the arithmetic primitives raise runtime errors on
 overflow, on division or modulo by zero and on non-integer arguments.
 Division and modulo are floored. There is deliberately no print, printLine,
 timesRepeat:, even or odd: print a number with 'n asString printLine'."

std traits integer _AddSlots: (|
    parent* = std traits clonable.

    + n = (_IntAdd: n).
    - n = (_IntSub: n).
    * n = (_IntMul: n).
    / n = (_IntDiv: n).
    % n = (_IntMod: n).
    < n = (_IntLT: n).
    > n = (_IntGT: n).
    = n = (_IntEq: n).
    <= n = ((_IntGT: n) not).
    >= n = ((_IntLT: n) not).
    != n = ((_IntEq: n) not).
    << n = (_IntShl: n).
    >> n = (_IntShr: n).

    bitAnd: n = (_IntAnd: n).
    bitOr: n = (_IntOr: n).
    bitXor: n = (_IntXor: n).

    succ = (_IntAdd: 1).
    "The name is prec, not pred."
    prec = (_IntSub: 1).
    negate = (0 _IntSub: self).
    abs = ((_IntLT: 0) ifTrue: [ 0 _IntSub: self ] False: [ self ]).
    max: n = ((_IntLT: n) ifTrue: [ n ] False: [ self ]).
    min: n = ((_IntGT: n) ifTrue: [ n ] False: [ self ]).

    "Repeated multiplication; n = 0 gives 1."
    ** n = ( | result |
        n < 0 ifTrue: [ _Error: 'TODO: Implement negative power' ].
        result: 1.
        0 to: n Do: [| :i | result: result * self ].
        result ).

    "The number of bits of a non-negative value: 0 -> 0, 7 -> 3, 16 -> 5.
     Quirk: negative values give 0, and values of 2^61 or more fail with
     'Integer overflow' (the probe doubles past 2^62)."
    bitLength = ( | count. probe |
        count: 0.
        probe: 1.
        [ probe <= self ] whileTrue: [
            count: count + 1.
            probe: probe * 2 ].
        count ).

    kib = (_IntMul: 1024).
    mib = (_IntMul: 1048576).
    gib = (_IntMul: 1073741824).

    "self, self + 1, ..., upper - 1: the upper bound is exclusive."
    to: upper Do: blk = ( | i |
        i: self.
        [ i < upper ] whileTrue: [
            blk value: i.
            i: i + 1 ].
        nil ).

    "self, self + 1, ..., upper: the upper bound is inclusive."
    through: upper Do: blk = ( | i |
        i: self.
        [ i <= upper ] whileTrue: [
            blk value: i.
            i: i + 1 ].
        nil ).

    "Digits in base 2 to 36, lowercase letters for 10-35, a leading '-' for
     negative values. Bases below 2 are rejected too (ZigSelf divides by zero
     for 0 and loops for 1: world-api.md 22). -2^62 fails with underflow."
    asStringBase: base = ( | n. count. result. index. digit |
        (base < 2) || [ base > 36 ] ifTrue: [ _Error: 'Base outside valid range' ].
        self = 0 ifTrue: [ ^ '0' ].
        n: abs.
        count: 0.
        [ n > 0 ] whileTrue: [
            count: count + 1.
            n: n / base ].
        self < 0 ifTrue: [ count: count + 1 ].
        result: ('' _ByteArrayCopySize: count FillingExtrasWith: '-').
        n: abs.
        index: count.
        [ n > 0 ] whileTrue: [
            index: index - 1.
            digit: n % base.
            result _ByteAt: index Put: (digit < 10 ifTrue: [ 48 + digit ] False: [ 87 + digit ]).
            n: n / base ].
        result ).

    asString = (asStringBase: 10).
    asHexString = (asStringBase: 16).
    asInteger = (self).
    hash = (self).
    copy = (self).
|).
