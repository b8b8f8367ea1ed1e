"Expected error: Unknown selector 'callerLocal'
 A method reached from another method runs with the real receiver, so the
 sender's locals are never visible to it (language.md 7.5)."
(|
    parent* = std traits clonable.
    caller = ( | callerLocal <- 1 |
        callee ).
    callee = (callerLocal).
|) caller.
