-- harness.lua: what the Are We Fast Yet programs of this folder share, as
-- harness.self does for the Self programs. Each program starts with
--
--     local awfy = dofile((arg[0]:match("^(.*/)") or "./") .. "harness.lua")
--
-- and ends with awfy.run(benchmark, "Name", 20): that calls benchmark.benchmark()
-- the given number of times, checks every result with benchmark.verify_result,
-- and prints "Name: 20 iterations verified", which scripts/bench compares; a
-- result that does not verify raises an error, so the process fails.
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
