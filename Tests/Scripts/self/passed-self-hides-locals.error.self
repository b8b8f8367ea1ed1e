"Expected error: Unknown selector 'hiddenLocal'
 self passed as an argument is the receiver: the sender's locals are not
 reachable through it (language.md 7.5)."
(|
    parent* = std traits clonable.
    m = ( | hiddenLocal <- 5 |
        peek: self ).
    peek: o = (o hiddenLocal).
|) m.
