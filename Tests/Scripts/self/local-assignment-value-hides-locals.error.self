"Expected error: Unknown selector 'hiddenLocal'
 A method whose last statement assigns a local returns self (language.md
 7.1: ZigSelf leaks the dead scope here; the new VM SHOULD produce self), so
 the local is not reachable through the result."
(|
    parent* = std traits clonable.
    m = ( | hiddenLocal <- 5 |
        hiddenLocal: 6 ).
|) m hiddenLocal.
