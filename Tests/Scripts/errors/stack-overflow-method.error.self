"Expected error: Stack overflow...
 Unbounded recursion: ZigSelf grows until memory runs out; the new VM SHOULD
 turn stack exhaustion into a runtime error ('stack overflow') instead of
 crashing (language.md 12; the exact wording is not specified)."
(|
    parent* = std traits clonable.
    down: n = (down: n + 1).
|) down: 0.
