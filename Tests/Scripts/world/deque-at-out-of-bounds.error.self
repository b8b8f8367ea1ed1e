"Expected error: Error raised in Self code: key out of bounds
 at: past the last element of a deque (world/deque.self)."
(std deque copyRemoveAll add: 1; add: 2) at: 2.
