"""nbody.py: the NBody benchmark of "Are We Fast Yet", as nbody.self. The Sun and the
four giant planets, their momentum offset so the system's is zero, are advanced N
steps of dt = 0.01 (years). Prints the energy before and after, times 10^9 and
truncated toward zero: "-169075163 -169085988" for N = 250000 (the default).
Usage: python3 nbody.py [N=250000]"""
import math
import sys

PI = math.pi
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


class Body:
    """Position (AU), velocity (AU per year) and mass (in units where the Sun's is
    4 pi^2). The tables give velocities per day and masses in Suns."""

    __slots__ = ("x", "y", "z", "vx", "vy", "vz", "mass")

    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.x, self.y, self.z = x, y, z
        self.vx = vx * DAYS_PER_YEAR
        self.vy = vy * DAYS_PER_YEAR
        self.vz = vz * DAYS_PER_YEAR
        self.mass = mass * SOLAR_MASS


class System:
    def __init__(self):
        sun = Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0)
        self.bodies = [
            sun,
            Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                 1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
                 9.54791938424326609e-04),  # Jupiter
            Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                 -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
                 2.85885980666130812e-04),  # Saturn
            Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                 2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
                 4.36624404335156298e-05),  # Uranus
            Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                 2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
                 5.15138902046611451e-05),  # Neptune
        ]
        # Give the Sun the momentum that makes the system's total zero.
        px = py = pz = 0.0
        for b in self.bodies:
            px += b.vx * b.mass
            py += b.vy * b.mass
            pz += b.vz * b.mass
        sun.vx = 0.0 - px / SOLAR_MASS
        sun.vy = 0.0 - py / SOLAR_MASS
        sun.vz = 0.0 - pz / SOLAR_MASS

    def advance(self, dt):
        """One step of dt: every pair pulls on each other, then every body moves."""
        bodies = self.bodies
        n = len(bodies)
        for i in range(n):
            i_body = bodies[i]
            for j in range(i + 1, n):
                j_body = bodies[j]
                dx = i_body.x - j_body.x
                dy = i_body.y - j_body.y
                dz = i_body.z - j_body.z
                d_squared = dx * dx + dy * dy + dz * dz
                distance = math.sqrt(d_squared)
                mag = dt / (d_squared * distance)
                i_body.vx -= dx * j_body.mass * mag
                i_body.vy -= dy * j_body.mass * mag
                i_body.vz -= dz * j_body.mass * mag
                j_body.vx += dx * i_body.mass * mag
                j_body.vy += dy * i_body.mass * mag
                j_body.vz += dz * i_body.mass * mag
        for b in bodies:
            b.x += dt * b.vx
            b.y += dt * b.vy
            b.z += dt * b.vz

    def energy(self):
        """The kinetic energy of every body less the potential energy of every pair."""
        bodies = self.bodies
        n = len(bodies)
        e = 0.0
        for i in range(n):
            i_body = bodies[i]
            e += 0.5 * i_body.mass * (i_body.vx * i_body.vx + i_body.vy * i_body.vy + i_body.vz * i_body.vz)
            for j in range(i + 1, n):
                j_body = bodies[j]
                dx = i_body.x - j_body.x
                dy = i_body.y - j_body.y
                dz = i_body.z - j_body.z
                e -= i_body.mass * j_body.mass / math.sqrt(dx * dx + dy * dy + dz * dz)
        return e


def nano(x):
    """x * 10^9 truncated toward zero, as text."""
    return str(math.trunc(x * 1000000000.0))


def nbody(steps):
    system = System()
    before = system.energy()
    for _ in range(steps):
        system.advance(0.01)
    return f"{nano(before)} {nano(system.energy())}"


print(nbody(int(sys.argv[1]) if len(sys.argv) > 1 else 250_000))
