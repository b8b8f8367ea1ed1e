"_Genesis: answers what the genesis entry method returns once actor mode ends
 (actors.md 4.1 step 6): here an integer, which crosses back unchanged."
(|
    parent* = std testing test.

    run = (
        expect: ((| main = (123) |) _Genesis: 'main') ToBe: 123.
        expect: ((| main = (_Nil) |) _Genesis: 'main') ToBe: nil.
        expect: ((| main = (0 _IntLT: 1) |) _Genesis: 'main') ToBe: true.
        "A globally reachable object comes back as itself."
        expect: ((| parent* = std traits singleton. main = (std vector) |) _Genesis: 'main')
            ToBeIdenticalTo: std vector ).
|) run.
