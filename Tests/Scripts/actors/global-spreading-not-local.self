"Only storing into a globally reachable object spreads the flag: an object
 stored into a local object stays writable in actor mode, and assigning a
 local variable spreads nothing (actors.md 6.2)."
(|
    parent* = std testing test.
    holder <- nil.

    run = ( | o |
        holder: (| flag <- 0 |).
        holder flag: 1.
        o: holder.
        o flag: 2.
        expect: holder flag ToBe: 2 ).
|) _Genesis: 'run'.
