"Expected error: Error raised in Self code: key out of bounds
 at:Put: cannot append to a deque (world/deque.self)."
(std deque copyRemoveAll add: 1) at: 1 Put: 2.
