"Expected error: Stack overflow...
 Unbounded mutual recursion with arguments and locals in every frame
 (language.md 12)."
(|
    parent* = std traits clonable.
    ping: n = ( | a <- 1. b <- 2. c <- 3 | pong: n + a + b + c ).
    pong: n = ( | d <- 'x' | ping: n ).
|) ping: 0.
