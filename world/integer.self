"integer.self: std traits integer, the VM's integer traits (world-api.md 7).

 Integers are unbounded (this VM's extension, docs/numbers.md): a result
 beyond the 63-bit range is a big integer, which shares these traits, and a
 result that fits is a small integer again. The arithmetic primitives raise
 runtime errors on division or modulo by zero and on non-numeric arguments.
 Division and modulo are floored. A float argument gives a float. There is
 deliberately no print, printLine, timesRepeat:, even or odd: print a number
 with 'n asString printLine'."

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
    <= n = (_IntLE: n).
    >= n = (_IntGE: n).
    != n = (_IntNE: n).
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

    "self to the power n, an integer; n = 0 gives 1. A negative n is
     ZigSelf's error (raisedTo: answers a float instead)."
    ** n = (
        n < 0 ifTrue: [ _Error: 'TODO: Implement negative power' ].
        _IntRaisedTo: n ).

    "Extension: self to the power n: an integer for an integer n of 0 or
     more, otherwise a float (2 raisedTo: 0.5, 2 raisedTo: -1)."
    raisedTo: n = (
        (n isInteger && [ n >= 0 ]) ifTrue: [ _IntRaisedTo: n ] False: [ asFloat raisedTo: n ] ).

    "The number of bits of a non-negative value: 0 -> 0, 7 -> 3, 16 -> 5.
     Quirk: negative values give 0 (ZigSelf's, kept; it also failed from 2^61
     on, which unbounded integers mend)."
    bitLength = ( (_IntLT: 0) ifTrue: [ 0 ] False: [ _IntBitLength ] ).

    "Extensions: the greatest common divisor (non-negative; 0 gcd: 0 is 0),
     the least common multiple, n! for n of 0 or more, and an unbounded shift
     (left for positive n, right for negative n, floored) which, unlike <<,
     never discards bits."
    gcd: n = (_IntGcd: n).
    lcm: n = ( (self = 0) || [ n = 0 ] ifTrue: [ 0 ] False: [ ((self / (gcd: n)) * n) abs ] ).
    factorial = (
        (_IntLT: 0) ifTrue: [ _Error: 'factorial of a negative integer' ].
        _IntFactorial ).
    bitShift: n = (
        n >= 0 ifTrue: [ ^ self * (2 _IntRaisedTo: n) ].
        n negate > abs bitLength ifTrue: [ ^ (_IntLT: 0) ifTrue: [ 0 _IntSub: 1 ] False: [ 0 ] ].
        self / (2 _IntRaisedTo: n negate) ).

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
    asStringBase: base = (
        (base < 2) || [ base > 36 ] ifTrue: [ _Error: 'Base outside valid range' ].
        _IntAsStringBase: base ).

    asString = (_IntAsStringBase: 10).
    asHexString = (asStringBase: 16).
    asInteger = (self).
    "A small integer is its own hash; a big integer hashes as an equal float
     does (docs/numbers.md)."
    hash = (_IntHash).
    "Extension: whether the number is an integer (small or big); floats say no."
    isInteger = true.
    copy = (self).
|).
