"Expected error: Error raised in Self code: deque is empty
 last on an empty deque (world/deque.self)."
std deque copyRemoveAll last.
