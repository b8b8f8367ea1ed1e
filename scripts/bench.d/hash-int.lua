-- hash-int.lua: N integer keys into a table, then looked up, as hash-int.self.
-- Usage: lua5.4 hash-int.lua [N=1000000]
local function hashIntegers(n)
    local map, size, sum = {}, 0, 0
    for i = 0, n - 1 do
        local key = i * 7919
        if map[key] == nil then size = size + 1 end
        map[key] = i + i
    end
    for i = 0, n - 1 do sum = sum + map[i * 7919] end
    return string.format("%d %d", size, sum)
end

print(hashIntegers(tonumber(arg[1] or 1000000)))
