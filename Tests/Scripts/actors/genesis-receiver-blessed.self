"The receiver of _Genesis: is blessed into the genesis: the genesis context is
 a copy, so its changes do not affect the original receiver, which stays
 usable by the global actor (actors.md 4.1 steps 4 and 7, 6.1)."
(|
    parent* = std testing test.

    run = ( | r. result |
        r: (|
            parent* = std traits clonable.
            count <- 0.
            items <- nil.
            main = (
                count: 5.
                items add: 'changed'.
                count ).
            identity = ( self ).
        |) copy.
        r items: (std vector copy add: 'original').
        result: (r _Genesis: 'main').
        expect: result ToBe: 5.
        expect: r count ToBe: 0.
        expect: r items size ToBe: 1.
        expect: (r items at: 0) ToBe: 'original'.
        "self in the genesis is not the receiver."
        expect: (r _Genesis: 'identity') ToNotBeIdenticalTo: r.
        "The original is still usable."
        r count: 9.
        expect: r count ToBe: 9 ).
|) run.
