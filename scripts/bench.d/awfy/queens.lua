-- queens.lua: the Queens benchmark of "Are We Fast Yet", as queens.self.
-- Places eight queens on a chess board by backtracking, ten times; the
-- result is whether every attempt found a solution (true).
local awfy = dofile((arg[0]:match("^(.*/)") or "./") .. "harness.lua")

-- A new table of size elements, all value.
local function filled(size, value)
    local t = {}
    for i = 1, size do
        t[i] = value
    end
    return t
end

local Queens = {}
Queens.__index = Queens

function Queens.new()
    return setmetatable({ free_maxs = nil, free_rows = nil, free_mins = nil, queen_rows = nil }, Queens)
end

function Queens:benchmark()
    local result = true
    for _ = 1, 10 do
        result = result and self:queens()
    end
    return result
end

function Queens:verify_result(result)
    return result
end

function Queens:queens()
    self.free_rows = filled(8, true)
    self.free_maxs = filled(16, true)
    self.free_mins = filled(16, true)
    self.queen_rows = filled(8, -1)
    return self:place_queen(0)
end

-- Rows and columns count from 0; the tables from 1.
function Queens:place_queen(c)
    for r = 0, 7 do
        if self:get_row_column(r, c) then
            self.queen_rows[r + 1] = c
            self:set_row_column(r, c, false)
            if c == 7 then
                return true
            end
            if self:place_queen(c + 1) then
                return true
            end
            self:set_row_column(r, c, true)
        end
    end
    return false
end

function Queens:get_row_column(r, c)
    return self.free_rows[r + 1] and self.free_maxs[c + r + 1] and self.free_mins[c - r + 7 + 1]
end

function Queens:set_row_column(r, c, v)
    self.free_rows[r + 1] = v
    self.free_maxs[c + r + 1] = v
    self.free_mins[c - r + 7 + 1] = v
end

local bench = Queens.new()
awfy.run({
    benchmark = function() return bench:benchmark() end,
    verify_result = function(result) return bench:verify_result(result) end,
}, "Queens", 500)
