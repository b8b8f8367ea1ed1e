"Expected error: Unknown selector 'secret'
 A method of an object literal written inside a method cannot see that
 method's locals (language.md 7.6)."
(|
    parent* = std traits clonable.
    run = ( | secret <- 3 |
        (| parent* = std traits clonable. peek = (secret) |) peek ).
|) run.
