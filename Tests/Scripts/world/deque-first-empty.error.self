"Expected error: Error raised in Self code: deque is empty
 first on an empty deque (world/deque.self)."
std deque copyRemoveAll first.
