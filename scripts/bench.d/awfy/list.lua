-- list.lua: the List benchmark of "Are We Fast Yet", as list.self. Linked
-- lists of 15, 10 and 6 elements go through the recursive "tail" function
-- (Takeuchi's function on list lengths); the result is the length of the
-- list it answers (10).
local awfy = dofile((arg[0]:match("^(.*/)") or "./") .. "harness.lua")

local Element = {}
Element.__index = Element

function Element.new(v)
    return setmetatable({ val = v, next = nil }, Element)
end

function Element:length()
    if self.next == nil then
        return 1
    end
    return 1 + self.next:length()
end

local List = {}
List.__index = List

function List.new()
    return setmetatable({}, List)
end

function List:benchmark()
    local result = self:tail(self:make_list(15), self:make_list(10), self:make_list(6))
    return result:length()
end

-- A list length, length - 1, ..., 1 (nil for 0).
function List:make_list(length)
    if length == 0 then
        return nil
    end
    local e = Element.new(length)
    e.next = self:make_list(length - 1)
    return e
end

function List:is_shorter_than(x, y)
    local x_tail = x
    local y_tail = y
    while y_tail ~= nil do
        if x_tail == nil then return true end
        x_tail = x_tail.next
        y_tail = y_tail.next
    end
    return false
end

function List:tail(x, y, z)
    if self:is_shorter_than(y, x) then
        return self:tail(
            self:tail(x.next, y, z),
            self:tail(y.next, z, x),
            self:tail(z.next, x, y))
    end
    return z
end

function List:verify_result(result)
    return result == 10
end

local bench = List.new()
awfy.run({
    benchmark = function() return bench:benchmark() end,
    verify_result = function(result) return bench:verify_result(result) end,
}, "List", 800)
