-- sieve.lua: the Sieve benchmark of "Are We Fast Yet", as sieve.self. The
-- sieve of Eratosthenes over 1 ... 5000 counts the primes (669).
local awfy = dofile((arg[0]:match("^(.*/)") or "./") .. "harness.lua")

local Sieve = {}
Sieve.__index = Sieve

function Sieve.new()
    return setmetatable({}, Sieve)
end

-- flags[n] says whether n may still be prime.
function Sieve:sieve(flags, size)
    local prime_count = 0
    for i = 2, size do
        if flags[i] then
            prime_count = prime_count + 1
            local k = i + i
            while k <= size do
                flags[k] = false
                k = k + i
            end
        end
    end
    return prime_count
end

function Sieve:benchmark()
    local flags = {}
    for i = 1, 5000 do
        flags[i] = true
    end
    return self:sieve(flags, 5000)
end

function Sieve:verify_result(result)
    return result == 669
end

local bench = Sieve.new()
awfy.run({
    benchmark = function() return bench:benchmark() end,
    verify_result = function(result) return bench:verify_result(result) end,
}, "Sieve", 2000)
