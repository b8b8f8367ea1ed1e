"Expected error: Error raised in Self code: deque is empty
 removeLast on an empty deque (world/deque.self)."
std deque copyRemoveAll removeLast.
