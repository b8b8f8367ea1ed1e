-- nbody.lua: the NBody benchmark of "Are We Fast Yet", as nbody.self. The Sun and
-- the four giant planets, their momentum offset so the system's is zero, are
-- advanced N steps of dt = 0.01 (years). Prints the energy before and after, times
-- 10^9 and truncated toward zero: "-169075163 -169085988" for N = 250000 (the
-- default).
-- Usage: lua5.4 nbody.lua [N=250000]
local PI = math.pi
local SOLAR_MASS = 4 * PI * PI
local DAYS_PER_YEAR = 365.24

-- A body: position (AU), velocity (AU per year) and mass (in units where the
-- Sun's is 4 pi^2). The tables give velocities per day and masses in Suns.
local function body(x, y, z, vx, vy, vz, mass)
    return {
        x = x, y = y, z = z,
        vx = vx * DAYS_PER_YEAR, vy = vy * DAYS_PER_YEAR, vz = vz * DAYS_PER_YEAR,
        mass = mass * SOLAR_MASS,
    }
end

local System = {}
System.__index = System

function System.new()
    local bodies = {
        body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0), -- the Sun
        body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
             1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
             9.54791938424326609e-04), -- Jupiter
        body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
             -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
             2.85885980666130812e-04), -- Saturn
        body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
             2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
             4.36624404335156298e-05), -- Uranus
        body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
             2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
             5.15138902046611451e-05), -- Neptune
    }
    -- Give the Sun the momentum that makes the system's total zero.
    local px, py, pz = 0.0, 0.0, 0.0
    for _, b in ipairs(bodies) do
        px = px + b.vx * b.mass
        py = py + b.vy * b.mass
        pz = pz + b.vz * b.mass
    end
    local sun = bodies[1]
    sun.vx = 0.0 - px / SOLAR_MASS
    sun.vy = 0.0 - py / SOLAR_MASS
    sun.vz = 0.0 - pz / SOLAR_MASS
    return setmetatable({ bodies = bodies }, System)
end

-- One step of dt: every pair pulls on each other, then every body moves.
function System:advance(dt)
    local bodies = self.bodies
    local n = #bodies
    for i = 1, n do
        local iBody = bodies[i]
        for j = i + 1, n do
            local jBody = bodies[j]
            local dx = iBody.x - jBody.x
            local dy = iBody.y - jBody.y
            local dz = iBody.z - jBody.z
            local dSquared = dx * dx + dy * dy + dz * dz
            local distance = math.sqrt(dSquared)
            local mag = dt / (dSquared * distance)
            iBody.vx = iBody.vx - dx * jBody.mass * mag
            iBody.vy = iBody.vy - dy * jBody.mass * mag
            iBody.vz = iBody.vz - dz * jBody.mass * mag
            jBody.vx = jBody.vx + dx * iBody.mass * mag
            jBody.vy = jBody.vy + dy * iBody.mass * mag
            jBody.vz = jBody.vz + dz * iBody.mass * mag
        end
    end
    for i = 1, n do
        local b = bodies[i]
        b.x = b.x + dt * b.vx
        b.y = b.y + dt * b.vy
        b.z = b.z + dt * b.vz
    end
end

-- The kinetic energy of every body less the potential energy of every pair.
function System:energy()
    local bodies = self.bodies
    local n = #bodies
    local e = 0.0
    for i = 1, n do
        local iBody = bodies[i]
        e = e + 0.5 * iBody.mass * (iBody.vx * iBody.vx + iBody.vy * iBody.vy + iBody.vz * iBody.vz)
        for j = i + 1, n do
            local jBody = bodies[j]
            local dx = iBody.x - jBody.x
            local dy = iBody.y - jBody.y
            local dz = iBody.z - jBody.z
            local distance = math.sqrt(dx * dx + dy * dy + dz * dz)
            e = e - iBody.mass * jBody.mass / distance
        end
    end
    return e
end

-- x * 10^9 truncated toward zero, as an integer's text.
local function nano(x)
    local scaled = x * 1000000000.0
    if scaled < 0 then scaled = math.ceil(scaled) else scaled = math.floor(scaled) end
    return string.format("%d", scaled)
end

local function nbody(steps)
    local system = System.new()
    local before = system:energy()
    for _ = 1, steps do system:advance(0.01) end
    return nano(before) .. " " .. nano(system:energy())
end

print(nbody(tonumber(arg[1] or 250000)))
