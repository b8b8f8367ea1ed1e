-- towers.lua: the Towers benchmark of "Are We Fast Yet", as towers.self. The
-- towers of Hanoi: 13 disks (plus a disk 0 at the top, which stays) move from
-- pile 0 to pile 1, each pile a linked list of disks; the result is the
-- number of moves (8191).
local awfy = dofile((arg[0]:match("^(.*/)") or "./") .. "harness.lua")

local TowersDisk = {}
TowersDisk.__index = TowersDisk

function TowersDisk.new(size)
    return setmetatable({ size = size, next = nil }, TowersDisk)
end

local Towers = {}
Towers.__index = Towers

function Towers.new()
    return setmetatable({ piles = nil, moves_done = 0 }, Towers)
end

function Towers:benchmark()
    self.piles = {}
    self:build_tower_at(0, 13)
    self.moves_done = 0
    self:move_disks(13, 0, 1)
    return self.moves_done
end

function Towers:verify_result(result)
    return result == 8191
end

-- Piles count from 0; the table from 1.
function Towers:push_disk(disk, pile)
    local top = self.piles[pile + 1]
    if top ~= nil and disk.size >= top.size then
        error("Cannot put a big disk on a smaller one")
    end
    disk.next = top
    self.piles[pile + 1] = disk
end

function Towers:pop_disk_from(pile)
    local top = self.piles[pile + 1]
    if top == nil then
        error("Attempting to remove a disk from an empty pile")
    end
    self.piles[pile + 1] = top.next
    top.next = nil
    return top
end

function Towers:move_top_disk(from_pile, to_pile)
    self:push_disk(self:pop_disk_from(from_pile), to_pile)
    self.moves_done = self.moves_done + 1
end

function Towers:build_tower_at(pile, disks)
    for i = disks, 0, -1 do
        self:push_disk(TowersDisk.new(i), pile)
    end
end

function Towers:move_disks(disks, from_pile, to_pile)
    if disks == 1 then
        self:move_top_disk(from_pile, to_pile)
    else
        local other_pile = (3 - from_pile) - to_pile
        self:move_disks(disks - 1, from_pile, other_pile)
        self:move_top_disk(from_pile, to_pile)
        self:move_disks(disks - 1, other_pile, to_pile)
    end
end

local bench = Towers.new()
awfy.run({
    benchmark = function() return bench:benchmark() end,
    verify_result = function(result) return bench:verify_result(result) end,
}, "Towers", 250)
