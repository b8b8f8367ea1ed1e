-- storage.lua: the Storage benchmark of "Are We Fast Yet", as storage.self.
-- Builds a tree of depth 7 whose inner nodes are arrays of four subtrees and
-- whose leaves are arrays of 1 to 10 empty elements (sizes from the suite's
-- random numbers); the result is the number of arrays made (5461).
local awfy = dofile((arg[0]:match("^(.*/)") or "./") .. "harness.lua")

-- A new array of size elements. Lua cannot hold nil in an array, so the
-- empty elements are false.
local function new_array(size)
    local arr = {}
    for i = 1, size do
        arr[i] = false
    end
    return arr
end

local Storage = {}
Storage.__index = Storage

function Storage.new()
    return setmetatable({ count = 0 }, Storage)
end

function Storage:benchmark()
    local random = awfy.random()
    self.count = 0
    self:build_tree_depth(7, random)
    return self.count
end

function Storage:verify_result(result)
    return result == 5461
end

function Storage:build_tree_depth(depth, random)
    self.count = self.count + 1
    if depth == 1 then
        return new_array((random.next() % 10) + 1)
    end
    local arr = new_array(4)
    for i = 1, 4 do
        arr[i] = self:build_tree_depth(depth - 1, random)
    end
    return arr
end

local bench = Storage.new()
awfy.run({
    benchmark = function() return bench:benchmark() end,
    verify_result = function(result) return bench:verify_result(result) end,
}, "Storage", 150)
