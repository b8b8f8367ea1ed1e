"String literal escapes and raw bytes (language.md 2.8): \n \r \t \\ \' and
 \xHH (two hex digits of either case); raw tab and non-ASCII bytes are kept
 verbatim."
(|
    parent* = std testing test.

    run = (
        expect: ('\n' _ByteAt: 0) ToBe: 10.
        expect: ('\r' _ByteAt: 0) ToBe: 13.
        expect: ('\t' _ByteAt: 0) ToBe: 9.
        expect: ('\\' _ByteAt: 0) ToBe: 92.
        expect: ('\'' _ByteAt: 0) ToBe: 39.
        expect: ('\x41' _ByteAt: 0) ToBe: 65.
        expect: ('\xfF' _ByteAt: 0) ToBe: 255.
        expect: ('\xAb' _ByteAt: 0) ToBe: 171.
        expect: '\n\t\\' _ByteArraySize ToBe: 3.
        expect: 'a\x42c' ToBe: 'aBc'.
        "A raw tab between the quotes."
        expect: ('	' _ByteAt: 0) ToBe: 9.
        "A two-byte UTF-8 character is two bytes."
        expect: 'é' _ByteArraySize ToBe: 2.
        expect: ('é' _ByteAt: 0) ToBe: 195.
        expect: ('é' _ByteAt: 1) ToBe: 169 ).
|) run.
