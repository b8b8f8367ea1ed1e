"Deep but bounded recursion (10000 levels, well within any reasonable stack
 limit) finishes normally with the right result (language.md 12 only turns
 real exhaustion into an error)."
(|
    parent* = std testing test.
    depth: n = (n = 0 ifTrue: [ 0 ] False: [ (depth: n - 1) + 1 ]).
    blockDepth: n = ( | b | b: [| :k | k = 0 ifTrue: [ 0 ] False: [ (b value: k - 1) + 1 ] ]. b value: n ).
    run = (
        expect: (depth: 10000) ToBe: 10000.
        expect: (blockDepth: 10000) ToBe: 10000 ).
|) run.
