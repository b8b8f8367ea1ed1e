"""hash-int.py: N integer keys into a dict, then looked up, as hash-int.self.
Usage: python3 hash-int.py [N=1000000]"""
import sys


def hash_integers(n):
    table = {}
    for i in range(n):
        table[i * 7919] = i + i
    total = 0
    for i in range(n):
        total += table[i * 7919]
    return f"{len(table)} {total}"


print(hash_integers(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000))
