"Expected error: Unknown selector 'hiddenLocal'
 self stored in a slot is the receiver: the storing method's locals are not
 reachable through it, even while that method runs (language.md 7.5)."
(|
    parent* = std traits clonable.
    box.
    m = ( | hiddenLocal <- 5 |
        box: self.
        other ).
    other = (box hiddenLocal).
|) m.
