"""count.py: sums 1 ... N with a counting loop, as count.self. Usage: python3 count.py [N=10000000]"""
import sys


def sum_to(n):
    total = 0
    for i in range(1, n + 1):
        total += i
    return total


print(sum_to(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000))
