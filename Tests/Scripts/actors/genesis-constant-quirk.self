"Quirk: _Genesis: naming a constant that holds a non-method value answers that
 value at once; actor mode is not entered and nothing is blessed
 (actors.md 4.1 step 3)."
(|
    parent* = std testing test.

    run = ( | o. holder |
        expect: ((| c = 7 |) _Genesis: 'c') ToBe: 7.
        o: (| parent* = std traits clonable. x <- 1 |) copy.
        holder: (| c = o |).
        "The very object, not a blessed copy."
        expect: (holder _Genesis: 'c') ToBeIdenticalTo: o.
        "Actor mode was not entered, so a new _Genesis: works."
        expectToBeTrue: ((| parent* = std traits singleton. main = (42) |) _Genesis: 'main') = 42 ).
|) run.
