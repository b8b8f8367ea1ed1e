-- count.lua: sums 1 ... N with a counting loop, as count.self. Usage: lua5.4 count.lua [N=10000000]
local function sumTo(n)
    local sum = 0
    for i = 1, n do sum = sum + i end
    return sum
end

print(sumTo(tonumber(arg[1] or 10000000)))
