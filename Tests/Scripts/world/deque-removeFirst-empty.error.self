"Expected error: Error raised in Self code: deque is empty
 removeFirst on an empty deque (world/deque.self)."
std deque copyRemoveAll removeFirst.
