"Methods of an object literal written inside a method are not inline: they
 cannot see the method's locals, but the literal's slot initializers can
 (language.md 4.4, 7.6)."
(|
    parent* = std testing test.

    run = ( | secret <- 3. o |
        secret: secret + 1.
        o: (| copied = secret. peek = (copied * 10) |).
        expect: o copied ToBe: 4.
        expect: o peek ToBe: 40 ).
|) run.
