"Expected error: Unknown selector 'hiddenLocal'
 A method that returns self returns the receiver, not its scope: the
 method's locals are not reachable through it (language.md 7.5)."
(|
    parent* = std traits clonable.
    m = ( | hiddenLocal <- 5 |
        self ).
|) m hiddenLocal.
