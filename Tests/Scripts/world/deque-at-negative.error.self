"Expected error: Error raised in Self code: key out of bounds
 at: with a negative key (world/deque.self)."
(std deque copyRemoveAll add: 1) at: 1 negate.
