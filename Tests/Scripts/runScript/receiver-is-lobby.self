"A loaded script runs with the lobby as its receiver, even when _RunScript is
 sent from a method of another object (language.md 9.1, primitives.md 3.1)."
(|
    parent* = std testing test.

    run = (
        expectToBeTrue: ('helpers/receiver.self.disabled' _RunScript _Eq: lobby) ).
|) run.
