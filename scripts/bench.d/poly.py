"""poly.py: one send site, three classes answering area(), as poly.self.
Usage: python3 poly.py [N=3000000]"""
import sys


class One:
    def __init__(self):
        self.side = 1

    def area(self):
        return self.side


class Two:
    def __init__(self):
        self.side = 2

    def area(self):
        return self.side + self.side


class Three:
    def __init__(self):
        self.side = 3

    def area(self):
        return self.side * self.side


def poly(n):
    shapes = [One(), Two(), Three()]
    total = 0
    for i in range(n):
        total += shapes[i % 3].area()
    return total


print(poly(int(sys.argv[1]) if len(sys.argv) > 1 else 3_000_000))
