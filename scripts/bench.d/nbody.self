"nbody.self: the NBody benchmark of 'Are We Fast Yet'. The Sun and the four
 giant planets, their momentum offset so that the system's is zero, are
 advanced 250,000 steps of dt = 0.01 (years). Prints the energy before and
 after, times 10^9 and truncated toward zero: -169075163 -169085988.
 The same program as nbody.lua and nbody.py; scripts/bench section nbody.

 Floats of one kind of operator chain to the right in Self (a - b - c is
 a - (b - c)), so every expression is parenthesized in the order Lua and
 Python evaluate it: the same operations in the same order give the same
 doubles, and the three programs print the same digits."

_AddSlots: (|
    solarMass <- (4.0 * 0.0 pi) * 0.0 pi.
    daysPerYear <- 365.24.

    "A body: position (AU), velocity (AU per year) and mass (in units where
     the Sun's is 4 pi^2)."
    body = (|
        parent* = std traits clonable.
        x <- 0.0. y <- 0.0. z <- 0.0.
        vx <- 0.0. vy <- 0.0. vz <- 0.0.
        mass <- 0.0.
    |).

    "A body from the tables, which give velocities per day and masses in Suns.
     The numbers are text read with asFloat: they need 17 fraction digits, and
     a float literal has at most nine."
    bodyX: px Y: py Z: pz VX: vx VY: vy VZ: vz Mass: m = (
        body copy
            x: px asFloat; y: py asFloat; z: pz asFloat;
            vx: vx asFloat * daysPerYear;
            vy: vy asFloat * daysPerYear;
            vz: vz asFloat * daysPerYear;
            mass: m asFloat * solarMass ).

    "The bodies, and the two things done with them."
    nbodySystem = (|
        parent* = std traits clonable.
        bodies.

        "A new system of the Sun and the giant planets; the Sun's velocity
         makes the total momentum zero."
        copySolarSystem = ( | sun. bodies. px <- 0.0. py <- 0.0. pz <- 0.0 |
            sun: (body copy mass: solarMass).
            bodies: (std array copySize: 5).
            bodies at: 0 Put: sun.
            bodies at: 1 Put: (bodyX: '4.84143144246472090e+00' Y: '-1.16032004402742839e+00' Z: '-1.03622044471123109e-01'
                VX: '1.66007664274403694e-03' VY: '7.69901118419740425e-03' VZ: '-6.90460016972063023e-05'
                Mass: '9.54791938424326609e-04').
            bodies at: 2 Put: (bodyX: '8.34336671824457987e+00' Y: '4.12479856412430479e+00' Z: '-4.03523417114321381e-01'
                VX: '-2.76742510726862411e-03' VY: '4.99852801234917238e-03' VZ: '2.30417297573763929e-05'
                Mass: '2.85885980666130812e-04').
            bodies at: 3 Put: (bodyX: '1.28943695621391310e+01' Y: '-1.51111514016986312e+01' Z: '-2.23307578892655734e-01'
                VX: '2.96460137564761618e-03' VY: '2.37847173959480950e-03' VZ: '-2.96589568540237556e-05'
                Mass: '4.36624404335156298e-05').
            bodies at: 4 Put: (bodyX: '1.53796971148509165e+01' Y: '-2.59193146099879641e+01' Z: '1.79258772950371181e-01'
                VX: '2.68067772490389322e-03' VY: '1.62824170038242295e-03' VZ: '-9.51592254519715870e-05'
                Mass: '5.15138902046611451e-05').
            0 to: bodies size Do: [| :i. b |
                b: bodies at: i.
                px: px + (b vx * b mass).
                py: py + (b vy * b mass).
                pz: pz + (b vz * b mass) ].
            sun vx: 0.0 - (px / solarMass).
            sun vy: 0.0 - (py / solarMass).
            sun vz: 0.0 - (pz / solarMass).
            copy bodies: bodies ).

        "One step of dt: every pair pulls on each other, then every body moves."
        advance: dt = ( | n. iBody. jBody. dx. dy. dz. dSquared. distance. mag |
            n: bodies size.
            0 to: n Do: [| :i |
                iBody: bodies at: i.
                i + 1 to: n Do: [| :j |
                    jBody: bodies at: j.
                    dx: iBody x - jBody x.
                    dy: iBody y - jBody y.
                    dz: iBody z - jBody z.
                    dSquared: ((dx * dx) + (dy * dy)) + (dz * dz).
                    distance: dSquared sqrt.
                    mag: dt / (dSquared * distance).
                    iBody vx: iBody vx - ((dx * jBody mass) * mag).
                    iBody vy: iBody vy - ((dy * jBody mass) * mag).
                    iBody vz: iBody vz - ((dz * jBody mass) * mag).
                    jBody vx: jBody vx + ((dx * iBody mass) * mag).
                    jBody vy: jBody vy + ((dy * iBody mass) * mag).
                    jBody vz: jBody vz + ((dz * iBody mass) * mag) ] ].
            0 to: n Do: [| :i. b |
                b: bodies at: i.
                b x: b x + (dt * b vx).
                b y: b y + (dt * b vy).
                b z: b z + (dt * b vz) ].
            self ).

        "The kinetic energy of every body less the potential energy of every
         pair."
        energy = ( | e. n. iBody. jBody. dx. dy. dz |
            e: 0.0.
            n: bodies size.
            0 to: n Do: [| :i |
                iBody: bodies at: i.
                e: e + ((0.5 * iBody mass) * (((iBody vx * iBody vx) + (iBody vy * iBody vy)) + (iBody vz * iBody vz))).
                i + 1 to: n Do: [| :j |
                    jBody: bodies at: j.
                    dx: iBody x - jBody x.
                    dy: iBody y - jBody y.
                    dz: iBody z - jBody z.
                    e: e - ((iBody mass * jBody mass) / (((dx * dx) + (dy * dy)) + (dz * dz)) sqrt) ] ].
            e ).
    |).

    "x * 10^9 truncated toward zero, as text."
    nano: x = ((x * 1000000000.0) truncated asString).

    nbody: steps = ( | system. before |
        system: nbodySystem copySolarSystem.
        before: system energy.
        0 to: steps Do: [| :i | system advance: 0.01 ].
        (nano: before), ' ', (nano: system energy) ).
|).

(nbody: 250000) printLine.
