"An object created in actor mode and returned by the genesis is usable by the
 global actor afterwards (actors.md 4.1 step 6: ZigSelf aborts on it; the new
 VM SHOULD bless it back, that is copy it). Its slots, and the objects they
 refer to, can be read and written."
(|
    parent* = std testing test.

    maker = (|
        parent* = std traits singleton.

        main = ( | o |
            o: (| parent* = std traits clonable. x <- 3. v <- nil. name = 'made' |) copy.
            o v: (std vector copy add: 7; add: 8).
            o ).
    |).

    run = ( | r |
        r: (maker _Genesis: 'main').
        expect: r x ToBe: 3.
        expect: r name ToBe: 'made'.
        expect: r v size ToBe: 2.
        expect: (r v at: 0) ToBe: 7.
        expect: (r v at: 1) ToBe: 8.
        r x: 4.
        r v add: 9.
        expect: r x ToBe: 4.
        expect: r v size ToBe: 3 ).
|) run.
