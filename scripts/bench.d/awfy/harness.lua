-- harness.lua: what the Are We Fast Yet programs of this folder share, as
-- harness.self does for the Self programs. Each program starts with
--
--     local awfy = dofile((arg[0]:match("^(.*/)") or "./") .. "harness.lua")
--
-- and ends with awfy.run(benchmark, "Name", 20): that calls benchmark.benchmark()
-- the given number of times, checks every result with benchmark.verify_result,
-- and prints "Name: 20 iterations verified", which scripts/bench compares; a
-- result that does not verify raises an error, so the process fails. awfy.class
-- makes the programs' classes.
local awfy = {}

-- The suite's pseudo-random numbers: a 16-bit linear congruential generator
-- started at 74755, the same sequence in every language. awfy.random() makes a
-- fresh one; its next() answers the following number.
function awfy.random()
    local seed = 74755
    return {
        next = function()
            seed = ((seed * 1309) + 13849) & 65535
            return seed
        end,
    }
end

-- A class: a table that is its instances' metatable (setmetatable(instance,
-- Class)), whose missing keys are looked up in `super` when one is given.
function awfy.class(super)
    local class = {}
    class.__index = class
    if super then setmetatable(class, { __index = super }) end
    return class
end

function awfy.run(benchmark, name, iterations)
    for i = 0, iterations - 1 do
        local result = benchmark.benchmark()
        if not benchmark.verify_result(result) then
            error(name .. ": iteration " .. i .. " gave a wrong result")
        end
    end
    print(name .. ": " .. iterations .. " iterations verified")
end

return awfy
