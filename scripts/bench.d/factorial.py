"""factorial.py: 10000! by a plain loop of multiplications, as factorial.self.
Prints the number of its decimal digits and its first and last 20 digits, all taken
from its full text: "35660 28462596809170545189 00000000000000000000" for N = 10000
(the default). Usage: python3 factorial.py [N=10000]"""
import sys

# Python 3.11 and later refuse to write an int of more than 4300 digits as text.
if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)


def factorial(n):
    product = 1
    for i in range(1, n + 1):
        product *= i
    return product


def summary(number):
    text = str(number)
    return f"{len(text)} {text[:20]} {text[-20:]}"


print(summary(factorial(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)))
