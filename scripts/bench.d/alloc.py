"""alloc.py: N short-lived two-slot objects, every 100,000th kept, as alloc.self.
Usage: python3 alloc.py [N=10000000]"""
import sys


class Pair:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def allocate(n):
    kept, total = [], 0
    for i in range(n):
        p = Pair(i, i)
        total += p.y
        if i % 100000 == 0:
            kept.append(p)
    return f"{len(kept)} {sum(o.x for o in kept)} {total}"


print(allocate(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000))
