"""hash-string.py: N string keys into a dict, then looked up with fresh strings, as
hash-string.self. Usage: python3 hash-string.py [N=100000]"""
import sys


def hash_strings(n):
    table = {}
    for i in range(n):
        table[str(i)] = i
    total = 0
    for i in range(n):
        total += table[str(i)]
    return f"{len(table)} {total}"


print(hash_strings(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000))
