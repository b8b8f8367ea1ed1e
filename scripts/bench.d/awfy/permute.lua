-- permute.lua: the Permute benchmark of "Are We Fast Yet", as permute.self.
-- Generates the permutations of a six-element array recursively by swapping,
-- counting the calls of permute (8660).
local awfy = dofile((arg[0]:match("^(.*/)") or "./") .. "harness.lua")

local Permute = {}
Permute.__index = Permute

function Permute.new()
    return setmetatable({ count = 0, v = nil }, Permute)
end

function Permute:benchmark()
    self.count = 0
    self.v = { 0, 0, 0, 0, 0, 0 }
    self:permute(6)
    return self.count
end

function Permute:verify_result(result)
    return result == 8660
end

function Permute:permute(n)
    self.count = self.count + 1
    if n ~= 0 then
        local n1 = n - 1
        self:permute(n1)
        for i = n1, 0, -1 do
            self:swap(n1, i)
            self:permute(n1)
            self:swap(n1, i)
        end
    end
end

-- Swaps elements i and j, counted from 0.
function Permute:swap(i, j)
    local v = self.v
    local tmp = v[i + 1]
    v[i + 1] = v[j + 1]
    v[j + 1] = tmp
end

local bench = Permute.new()
awfy.run({
    benchmark = function() return bench:benchmark() end,
    verify_result = function(result) return bench:verify_result(result) end,
}, "Permute", 500)
