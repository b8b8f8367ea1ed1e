-- hash-string.lua: N string keys into a table, then looked up with fresh strings, as
-- hash-string.self. Usage: lua5.4 hash-string.lua [N=100000]
local function hashStrings(n)
    local map, size, sum = {}, 0, 0
    for i = 0, n - 1 do
        local key = tostring(i)
        if map[key] == nil then size = size + 1 end
        map[key] = i
    end
    for i = 0, n - 1 do sum = sum + map[tostring(i)] end
    return string.format("%d %d", size, sum)
end

print(hashStrings(tonumber(arg[1] or 100000)))
