"""fib-big.py: fib(N) by iteration on two variables, as fib-big.self (whose
integers leave 63 bits at fib(91)). Prints the number of decimal digits of fib(N)
and its first and last 20 digits, all taken from its full text:
"2090 33644764876431783266 66073310059947366875" for N = 10000 (the default).
Usage: python3 fib-big.py [N=10000]"""
import sys

# Python 3.11 and later refuse to write an int of more than 4300 digits as text.
if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def summary(number):
    text = str(number)
    return f"{len(text)} {text[:20]} {text[-20:]}"


print(summary(fib(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)))
