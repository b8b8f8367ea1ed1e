"Big integers as text (docs/numbers.md): asString and asStringBase: in every
 base from 2 to 36, read back by asIntegerBase: (in time below quadratic for
 long texts), and the digits of 10000! (35,660 of them)."
(|
    parent* = std testing test.

    run = ( | x. text. f |
        x: (3 ** 200) + 1.
        2 through: 36 Do: [| :base |
            expect: ((x asStringBase: base) asIntegerBase: base) ToBe: x.
            text: (x negate asStringBase: base).
            expect: (text copyFrom: 0 Until: 1) ToBe: '-'.
            expect: ((text copyFrom: 1 Until: text size) asIntegerBase: base) ToBe: x ].
        expect: ((2 ** 100) asStringBase: 16) ToBe: '10000000000000000000000000'.
        expect: ((2 ** 100) negate asStringBase: 16) ToBe: '-10000000000000000000000000'.
        expect: ((2 ** 64) asStringBase: 2) size ToBe: 65.
        expect: ('zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' asIntegerBase: 36) asString
            ToBe: '178689910246017054531432477289437798228285773001601743140683775'.
        expect: ('ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ' asIntegerBase: 36) ToBe: ('zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' asIntegerBase: 36).
        expect: '1267650600228229401496703205376' asInteger ToBe: (2 ** 100).
        expect: '10000000000000000000000000' asHexInteger ToBe: (2 ** 100).
        "ZigSelf's quirks stay: a digit not below the base is not rejected."
        expect: ('19' asIntegerBase: 8) ToBe: 17.
        f: 10000 factorial.
        text: f asString.
        expect: text size ToBe: 35660.
        expect: (text copyFrom: 0 Until: 20) ToBe: '28462596809170545189'.
        expect: (text copyFrom: 35640 Until: 35660) ToBe: '00000000000000000000'.
        expect: text asInteger ToBe: f ).
|) run.
