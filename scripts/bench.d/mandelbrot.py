"""mandelbrot.py: the Mandelbrot benchmark of "Are We Fast Yet", as mandelbrot.self.
Each point of a SIZE x SIZE grid over [-1.5, 0.5) x [-1, 1) is iterated at most 50
times; a point that escapes gives a 1 bit. The bits of a row are packed 8 to a byte
(the last byte padded with zeros) and the bytes are combined with xor. Prints the
checksum: 50 for SIZE = 750 (the default), 191 for 500, 128 for 1.
Usage: python3 mandelbrot.py [SIZE=750]"""
import sys


def mandelbrot(size):
    total = byte_acc = bit_num = 0
    y = 0
    while y < size:
        ci = (2.0 * y / size) - 1.0
        x = 0
        while x < size:
            zrzr = zi = zizi = 0.0
            cr = (2.0 * x / size) - 1.5
            z, not_done, escape = 0, True, 0
            while not_done and z < 50:
                zr = zrzr - zizi + cr
                zi = 2.0 * zr * zi + ci
                zrzr = zr * zr
                zizi = zi * zi
                if zrzr + zizi > 4.0:
                    not_done = False
                    escape = 1
                z += 1
            byte_acc = (byte_acc << 1) + escape
            bit_num += 1
            if bit_num == 8:
                total ^= byte_acc
                byte_acc = bit_num = 0
            elif x == size - 1:
                byte_acc <<= 8 - bit_num
                total ^= byte_acc
                byte_acc = bit_num = 0
            x += 1
        y += 1
    return total


print(mandelbrot(int(sys.argv[1]) if len(sys.argv) > 1 else 750))
