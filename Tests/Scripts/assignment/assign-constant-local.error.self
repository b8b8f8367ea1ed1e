"Expected error: Unknown selector 'k:'
 A constant local cannot be assigned: 'k: 3' finds no assignable 'k'
 (language.md 7.5)."
(|
    parent* = std traits clonable.
    m = ( | k = 5 |
        k: 3.
        k ).
|) m.
