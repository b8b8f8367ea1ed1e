-- alloc.lua: N short-lived two-field tables, every 100,000th kept, as alloc.self.
-- Usage: lua5.4 alloc.lua [N=10000000]
local function allocate(n)
    local kept, total = {}, 0
    for i = 0, n - 1 do
        local p = { x = i, y = i }
        total = total + p.y
        if i % 100000 == 0 then kept[#kept + 1] = p end
    end
    local sum = 0
    for _, o in ipairs(kept) do sum = sum + o.x end
    return string.format("%d %d %d", #kept, sum, total)
end

print(allocate(tonumber(arg[1] or 10000000)))
