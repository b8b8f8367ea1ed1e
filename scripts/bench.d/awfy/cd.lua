-- cd.lua: the CD benchmark of 'Are We Fast Yet', a collision detector for
-- simulated aircraft. Each of 200 frames places the aircraft on two families
-- of wavy paths, finds the voxels every motion crosses (kept, like the
-- aircraft's state, in red-black trees keyed by comparable objects), and tests
-- the motions sharing a voxel pairwise for a close approach. The result is
-- the number of collisions over all frames: 4305 for 100 aircraft.
-- The same program as cd.self; scripts/bench section awfy.
local awfy = dofile((arg[0]:match("^(.*/)") or "./") .. "harness.lua")

local NUM_AIRCRAFT = 100
local ITERATIONS = 1

local class = awfy.class

-- A growable sequence, as AWFY's own Vector: elements 1 .. size.
local Vector = class()

function Vector.new()
    return setmetatable({ items = {}, count = 0 }, Vector)
end

function Vector:append(element)
    local n = self.count + 1
    self.items[n] = element
    self.count = n
end

function Vector:at(i)
    return self.items[i]
end

function Vector:size()
    return self.count
end

function Vector:for_each(fn)
    local items = self.items
    for i = 1, self.count do
        fn(items[i])
    end
end

-- Points on the ground plane, ordered by x, then y (a NaN below any number).
local Vector2D = class()

function Vector2D.new(x, y)
    return setmetatable({ x = x, y = y }, Vector2D)
end

function Vector2D:plus(other)
    return Vector2D.new(self.x + other.x, self.y + other.y)
end

function Vector2D:minus(other)
    return Vector2D.new(self.x - other.x, self.y - other.y)
end

local function compare_numbers(a, b)
    if a == b then return 0 end
    if a < b then return -1 end
    if a > b then return 1 end
    if a == a then return 1 end
    return -1
end

function Vector2D:compare_to(other)
    local result = compare_numbers(self.x, other.x)
    if result ~= 0 then
        return result
    end
    return compare_numbers(self.y, other.y)
end

-- Points and displacements in space.
local Vector3D = class()

function Vector3D.new(x, y, z)
    return setmetatable({ x = x, y = y, z = z }, Vector3D)
end

function Vector3D:plus(other)
    return Vector3D.new(self.x + other.x, self.y + other.y, self.z + other.z)
end

function Vector3D:minus(other)
    return Vector3D.new(self.x - other.x, self.y - other.y, self.z - other.z)
end

function Vector3D:dot(other)
    return self.x * other.x + self.y * other.y + self.z * other.z
end

function Vector3D:squared_magnitude()
    return self:dot(self)
end

function Vector3D:magnitude()
    return math.sqrt(self:squared_magnitude())
end

function Vector3D:times(amount)
    return Vector3D.new(self.x * amount, self.y * amount, self.z * amount)
end

-- The red-black tree of Cormen et al., a map from keys answering compare_to.
local Entry = class()

function Entry.new(key, value)
    return setmetatable({ key = key, value = value }, Entry)
end

local InsertResult = class()

function InsertResult.new(is_new_entry, new_node, old_value)
    return setmetatable({ is_new_entry = is_new_entry, new_node = new_node,
        old_value = old_value }, InsertResult)
end

local RED = "red"
local BLACK = "black"

local Node = class()

function Node.new(key, value)
    return setmetatable({ key = key, value = value, left = nil, right = nil,
        parent = nil, color = RED }, Node)
end

local function tree_minimum(x)
    local current = x
    while current.left do
        current = current.left
    end
    return current
end

function Node:successor()
    local x = self
    if x.right then
        return tree_minimum(x.right)
    end
    local y = x.parent
    while y and x == y.right do
        x = y
        y = y.parent
    end
    return y
end

local RedBlackTree = class()

function RedBlackTree.new()
    return setmetatable({ root = nil }, RedBlackTree)
end

-- Maps key to value; answers the previous value, or nil for a new key.
function RedBlackTree:put(key, value)
    local insertion = self:tree_insert(key, value)
    if not insertion.is_new_entry then
        return insertion.old_value
    end

    local x = insertion.new_node
    while x ~= self.root and x.parent.color == RED do
        if x.parent == x.parent.parent.left then
            local y = x.parent.parent.right
            if y and y.color == RED then
                x.parent.color = BLACK
                y.color = BLACK
                x.parent.parent.color = RED
                x = x.parent.parent
            else
                if x == x.parent.right then
                    x = x.parent
                    self:left_rotate(x)
                end
                x.parent.color = BLACK
                x.parent.parent.color = RED
                self:right_rotate(x.parent.parent)
            end
        else
            local y = x.parent.parent.left
            if y and y.color == RED then
                x.parent.color = BLACK
                y.color = BLACK
                x.parent.parent.color = RED
                x = x.parent.parent
            else
                if x == x.parent.left then
                    x = x.parent
                    self:right_rotate(x)
                end
                x.parent.color = BLACK
                x.parent.parent.color = RED
                self:left_rotate(x.parent.parent)
            end
        end
    end
    self.root.color = BLACK
    return nil
end

-- Removes key; answers its value, or nil if it was absent.
function RedBlackTree:remove(key)
    local z = self:find_node(key)
    if not z then
        return nil
    end

    local y
    if not z.left or not z.right then
        y = z
    else
        y = z:successor()
    end

    local x
    if y.left then
        x = y.left
    else
        x = y.right
    end

    local x_parent
    if x then
        x.parent = y.parent
        x_parent = x.parent
    else
        x_parent = y.parent
    end
    if not y.parent then
        self.root = x
    elseif y == y.parent.left then
        y.parent.left = x
    else
        y.parent.right = x
    end

    if y ~= z then
        if y.color == BLACK then
            self:remove_fixup(x, x_parent)
        end
        y.parent = z.parent
        y.color = z.color
        y.left = z.left
        y.right = z.right
        if z.left then
            z.left.parent = y
        end
        if z.right then
            z.right.parent = y
        end
        if z.parent then
            if z.parent.left == z then
                z.parent.left = y
            else
                z.parent.right = y
            end
        else
            self.root = y
        end
    elseif y.color == BLACK then
        self:remove_fixup(x, x_parent)
    end
    return z.value
end

function RedBlackTree:get(key)
    local node = self:find_node(key)
    if not node then
        return nil
    end
    return node.value
end

-- Calls fn with an Entry for every mapping, in ascending key order.
function RedBlackTree:for_each(fn)
    if not self.root then
        return
    end
    local current = tree_minimum(self.root)
    while current do
        fn(Entry.new(current.key, current.value))
        current = current:successor()
    end
end

function RedBlackTree:find_node(key)
    local current = self.root
    while current do
        local comparison = key:compare_to(current.key)
        if comparison == 0 then
            return current
        end
        if comparison < 0 then
            current = current.left
        else
            current = current.right
        end
    end
    return nil
end

function RedBlackTree:tree_insert(key, value)
    local y = nil
    local x = self.root
    while x do
        y = x
        local comparison = key:compare_to(x.key)
        if comparison < 0 then
            x = x.left
        elseif comparison > 0 then
            x = x.right
        else
            local old_value = x.value
            x.value = value
            return InsertResult.new(false, nil, old_value)
        end
    end

    local z = Node.new(key, value)
    z.parent = y
    if not y then
        self.root = z
    elseif key:compare_to(y.key) < 0 then
        y.left = z
    else
        y.right = z
    end
    return InsertResult.new(true, z, nil)
end

function RedBlackTree:left_rotate(x)
    local y = x.right
    x.right = y.left
    if y.left then
        y.left.parent = x
    end
    y.parent = x.parent
    if not x.parent then
        self.root = y
    elseif x == x.parent.left then
        x.parent.left = y
    else
        x.parent.right = y
    end
    y.left = x
    x.parent = y
    return y
end

function RedBlackTree:right_rotate(y)
    local x = y.left
    y.left = x.right
    if x.right then
        x.right.parent = y
    end
    x.parent = y.parent
    if not y.parent then
        self.root = x
    elseif y == y.parent.left then
        y.parent.left = x
    else
        y.parent.right = x
    end
    x.right = y
    y.parent = x
    return x
end

local function is_black(node)
    return not node or node.color == BLACK
end

function RedBlackTree:remove_fixup(x, x_parent)
    while x ~= self.root and is_black(x) do
        if x == x_parent.left then
            local w = x_parent.right
            if w.color == RED then
                w.color = BLACK
                x_parent.color = RED
                self:left_rotate(x_parent)
                w = x_parent.right
            end
            if is_black(w.left) and is_black(w.right) then
                w.color = RED
                x = x_parent
                x_parent = x.parent
            else
                if is_black(w.right) then
                    w.left.color = BLACK
                    w.color = RED
                    self:right_rotate(w)
                    w = x_parent.right
                end
                w.color = x_parent.color
                x_parent.color = BLACK
                if w.right then
                    w.right.color = BLACK
                end
                self:left_rotate(x_parent)
                x = self.root
                x_parent = x.parent
            end
        else
            local w = x_parent.left
            if w.color == RED then
                w.color = BLACK
                x_parent.color = RED
                self:right_rotate(x_parent)
                w = x_parent.left
            end
            if is_black(w.right) and is_black(w.left) then
                w.color = RED
                x = x_parent
                x_parent = x.parent
            else
                if is_black(w.left) then
                    w.right.color = BLACK
                    w.color = RED
                    self:left_rotate(w)
                    w = x_parent.left
                end
                w.color = x_parent.color
                x_parent.color = BLACK
                if w.left then
                    w.left.color = BLACK
                end
                self:right_rotate(x_parent)
                x = self.root
                x_parent = x.parent
            end
        end
    end
    if x then
        x.color = BLACK
    end
end

-- The simulation.
local MIN_X = 0.0
local MIN_Y = 0.0
local MAX_X = 1000.0
local MAX_Y = 1000.0
local MIN_Z = 0.0
local MAX_Z = 10.0
local PROXIMITY_RADIUS = 1.0
local GOOD_VOXEL_SIZE = PROXIMITY_RADIUS * 2.0

local CallSign = class()

function CallSign.new(value)
    return setmetatable({ value = value }, CallSign)
end

function CallSign:compare_to(other)
    if self.value == other.value then
        return 0
    elseif self.value < other.value then
        return -1
    else
        return 1
    end
end

local Collision = class()

function Collision.new(aircraft_a, aircraft_b, position)
    return setmetatable({ aircraft_a = aircraft_a, aircraft_b = aircraft_b,
        position = position }, Collision)
end

local Aircraft = class()

function Aircraft.new(callsign, position)
    return setmetatable({ callsign = callsign, position = position }, Aircraft)
end

-- One aircraft going from pos_one to pos_two during a frame.
local Motion = class()

function Motion.new(callsign, pos_one, pos_two)
    return setmetatable({ callsign = callsign, pos_one = pos_one,
        pos_two = pos_two }, Motion)
end

function Motion:delta()
    return self.pos_two:minus(self.pos_one)
end

-- Where this motion and other come within PROXIMITY_RADIUS of each other
-- during the frame, both moving at constant speed, or nil.
function Motion:find_intersection(other)
    local init1 = self.pos_one
    local init2 = other.pos_one
    local vec1 = self:delta()
    local vec2 = other:delta()
    local radius = PROXIMITY_RADIUS

    local a = vec2:minus(vec1):squared_magnitude()
    if a ~= 0.0 then
        -- Times v at which the distance is radius: roots of a v^2 + b v + c.
        local b = 2.0 * init1:minus(init2):dot(vec1:minus(vec2))
        local c = -radius * radius + init2:minus(init1):squared_magnitude()
        local discr = b * b - 4.0 * a * c
        if discr < 0.0 then
            return nil
        end

        local v1 = (-b - math.sqrt(discr)) / (2.0 * a)
        local v2 = (-b + math.sqrt(discr)) / (2.0 * a)

        if v1 <= v2 and ((v1 <= 1.0 and 1.0 <= v2)
                or (v1 <= 0.0 and 0.0 <= v2)
                or (0.0 <= v1 and v2 <= 1.0)) then
            local v
            if v1 <= 0.0 then
                v = 0.0
            else
                v = v1
            end

            local result1 = init1:plus(vec1:times(v))
            local result2 = init2:plus(vec2:times(v))
            local result = result1:plus(result2):times(0.5)
            if result.x >= MIN_X and result.x <= MAX_X
                    and result.y >= MIN_Y and result.y <= MAX_Y
                    and result.z >= MIN_Z and result.z <= MAX_Z then
                return result
            end
        end
        return nil
    end

    -- Same velocity: the distance does not change.
    local dist = init2:minus(init1):magnitude()
    if dist <= radius then
        return init1:plus(init2):times(0.5)
    end
    return nil
end

local CollisionDetector = class()

function CollisionDetector.new()
    return setmetatable({ state = RedBlackTree.new() }, CollisionDetector)
end

local function is_in_voxel(voxel, motion)
    if voxel.x > MAX_X or voxel.x < MIN_X or voxel.y > MAX_Y or voxel.y < MIN_Y then
        return false
    end

    local init = motion.pos_one
    local fin = motion.pos_two

    local v_s = GOOD_VOXEL_SIZE
    local r = PROXIMITY_RADIUS / 2.0

    local v_x = voxel.x
    local x0 = init.x
    local xv = fin.x - init.x

    local v_y = voxel.y
    local y0 = init.y
    local yv = fin.y - init.y

    local low_x = (v_x - r - x0) / xv
    local high_x = (v_x + v_s + r - x0) / xv
    if xv < 0.0 then
        low_x, high_x = high_x, low_x
    end

    local low_y = (v_y - r - y0) / yv
    local high_y = (v_y + v_s + r - y0) / yv
    if yv < 0.0 then
        low_y, high_y = high_y, low_y
    end

    return ((xv == 0.0 and v_x <= x0 + r and x0 - r <= v_x + v_s)
            or (low_x <= 1.0 and 1.0 <= high_x) or (low_x <= 0.0 and 0.0 <= high_x)
            or (0.0 <= low_x and high_x <= 1.0))
        and ((yv == 0.0 and v_y <= y0 + r and y0 - r <= v_y + v_s)
            or ((low_y <= 1.0 and 1.0 <= high_y) or (low_y <= 0.0 and 0.0 <= high_y)
                or (0.0 <= low_y and high_y <= 1.0)))
        and (xv == 0.0 or yv == 0.0
            or (low_y <= high_x and high_x <= high_y)
            or (low_y <= low_x and low_x <= high_y)
            or (low_x <= low_y and high_y <= high_x))
end

local horizontal = Vector2D.new(GOOD_VOXEL_SIZE, 0.0)
local vertical = Vector2D.new(0.0, GOOD_VOXEL_SIZE)

local function put_into_map(voxel_map, voxel, motion)
    local array = voxel_map:get(voxel)
    if not array then
        array = Vector.new()
        voxel_map:put(voxel, array)
    end
    array:append(motion)
end

local function recurse(voxel_map, seen, next_voxel, motion)
    if not is_in_voxel(next_voxel, motion) then
        return
    end
    if seen:put(next_voxel, true) == true then
        return
    end

    put_into_map(voxel_map, next_voxel, motion)

    recurse(voxel_map, seen, next_voxel:minus(horizontal), motion)
    recurse(voxel_map, seen, next_voxel:plus(horizontal), motion)
    recurse(voxel_map, seen, next_voxel:minus(vertical), motion)
    recurse(voxel_map, seen, next_voxel:plus(vertical), motion)
    recurse(voxel_map, seen, next_voxel:minus(horizontal):minus(vertical), motion)
    recurse(voxel_map, seen, next_voxel:minus(horizontal):plus(vertical), motion)
    recurse(voxel_map, seen, next_voxel:plus(horizontal):minus(vertical), motion)
    recurse(voxel_map, seen, next_voxel:plus(horizontal):plus(vertical), motion)
end

-- Toward zero, as a cast of a double to an int.
local function truncate(x)
    if x < 0 then
        return math.ceil(x)
    end
    return math.floor(x)
end

local function voxel_hash(position)
    local x_div = truncate(position.x / GOOD_VOXEL_SIZE)
    local y_div = truncate(position.y / GOOD_VOXEL_SIZE)

    local x = GOOD_VOXEL_SIZE * x_div
    local y = GOOD_VOXEL_SIZE * y_div
    if position.x < 0 then
        x = x - GOOD_VOXEL_SIZE
    end
    if position.y < 0 then
        y = y - GOOD_VOXEL_SIZE
    end
    return Vector2D.new(x, y)
end

local function draw_motion_on_voxel_map(voxel_map, motion)
    local seen = RedBlackTree.new()
    recurse(voxel_map, seen, voxel_hash(motion.pos_one), motion)
end

-- The groups of two or more motions that cross a common voxel.
local function reduce_collision_set(motions)
    local voxel_map = RedBlackTree.new()
    motions:for_each(function(motion)
        draw_motion_on_voxel_map(voxel_map, motion)
    end)

    local result = Vector.new()
    voxel_map:for_each(function(e)
        if e.value:size() > 1 then
            result:append(e.value)
        end
    end)
    return result
end

-- The collisions of one frame of aircraft positions.
function CollisionDetector:handle_new_frame(frame)
    local motions = Vector.new()
    local seen = RedBlackTree.new()
    local state = self.state

    frame:for_each(function(aircraft)
        local old_position = state:put(aircraft.callsign, aircraft.position)
        local new_position = aircraft.position
        seen:put(aircraft.callsign, true)
        if not old_position then
            old_position = new_position
        end
        motions:append(Motion.new(aircraft.callsign, old_position, new_position))
    end)

    local to_remove = Vector.new()
    state:for_each(function(e)
        if not seen:get(e.key) then
            to_remove:append(e.key)
        end
    end)
    to_remove:for_each(function(e)
        state:remove(e)
    end)

    local all_reduced = reduce_collision_set(motions)
    local collisions = Vector.new()
    all_reduced:for_each(function(reduced)
        for i = 1, reduced:size() do
            local motion1 = reduced:at(i)
            for j = i + 1, reduced:size() do
                local motion2 = reduced:at(j)
                local collision = motion1:find_intersection(motion2)
                if collision then
                    collisions:append(Collision.new(motion1.callsign, motion2.callsign, collision))
                end
            end
        end
    end)
    return collisions
end

local Simulator = class()

function Simulator.new(num_aircraft)
    local aircraft = Vector.new()
    for i = 0, num_aircraft - 1 do
        aircraft:append(CallSign.new(i))
    end
    return setmetatable({ aircraft = aircraft }, Simulator)
end

-- The aircraft at time: pairs flying on a cosine and a sine, 3 apart.
function Simulator:simulate(time)
    local frame = Vector.new()
    local aircraft = self.aircraft
    for i = 0, aircraft:size() - 1, 2 do
        frame:append(Aircraft.new(aircraft:at(i + 1),
            Vector3D.new(time, math.cos(time) * 2 + i * 3, 10.0)))
        frame:append(Aircraft.new(aircraft:at(i + 2),
            Vector3D.new(time, math.sin(time) * 2 + i * 3, 10.0)))
    end
    return frame
end

local function cd(num_aircraft)
    local num_frames = 200
    local simulator = Simulator.new(num_aircraft)
    local detector = CollisionDetector.new()

    local actual_collisions = 0
    for i = 0, num_frames - 1 do
        local time = i / 10.0
        local collisions = detector:handle_new_frame(simulator:simulate(time))
        actual_collisions = actual_collisions + collisions:size()
    end
    return actual_collisions
end

local expected = { [1000] = 14484, [500] = 14484, [250] = 10830, [200] = 8655,
    [100] = 4305, [10] = 390, [2] = 42 }

local benchmark = {}

function benchmark.benchmark()
    return cd(NUM_AIRCRAFT)
end

function benchmark.verify_result(result)
    return result == expected[NUM_AIRCRAFT]
end

awfy.run(benchmark, "CD", ITERATIONS)
