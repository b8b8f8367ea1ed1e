"Float traits inherit the default behaviour, as the other traits do (this
 VM's floats, docs/numbers.md; ZigSelf's have no parent): 'value' answers the
 float itself."
(|
    parent* = std testing test.
    run = ( expect: 1.5 value ToBe: 1.5 ).
|) run.
