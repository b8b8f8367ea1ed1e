-- poly.lua: one send site, three kinds of object answering area, as poly.self.
-- Usage: lua5.4 poly.lua [N=3000000]
local function poly(n)
    local shapes = {
        { side = 1, area = function(self) return self.side end },
        { side = 2, area = function(self) return self.side + self.side end },
        { side = 3, area = function(self) return self.side * self.side end },
    }
    local sum = 0
    for i = 0, n - 1 do sum = sum + shapes[i % 3 + 1]:area() end
    return sum
end

print(poly(tonumber(arg[1] or 3000000)))
