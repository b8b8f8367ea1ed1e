-- deltablue.lua: the DeltaBlue benchmark of "Are We Fast Yet", as deltablue.self:
-- the incremental constraint solver of Freeman-Benson, Maloney and Borning. Each
-- iteration runs its two tests with n = 1000 variables: a chain of n equality
-- constraints, edited at one end (the other end must follow), and n scale
-- constraints dst = src * scale + offset sharing scale and offset, whose
-- variables are edited in turn (every value is checked). A failed check raises
-- an error; an iteration that gets through answers true.
--
-- Classes are tables used as metatables; a subclass's table has its superclass
-- as __index. Vector and IdentityDictionary are small versions of the suite's
-- own collections. A binary constraint's direction is nil, FORWARD or BACKWARD.
local awfy = dofile((arg[0]:match("^(.*/)") or "./") .. "harness.lua")

local class = awfy.class

-- A growable sequence: storage holds the elements first_idx .. last_idx - 1
-- (0-based), so that remove_first is cheap.
local Vector = class()

function Vector.new()
    return setmetatable({ storage = {}, first_idx = 0, last_idx = 0 }, Vector)
end

function Vector.with(elem)
    local v = Vector.new()
    v:append(elem)
    return v
end

function Vector:at(idx)
    return self.storage[self.first_idx + idx]
end

function Vector:append(elem)
    self.storage[self.last_idx] = elem
    self.last_idx = self.last_idx + 1
end

function Vector:is_empty()
    return self.last_idx == self.first_idx
end

function Vector:size()
    return self.last_idx - self.first_idx
end

function Vector:for_each(fn)
    local storage = self.storage
    for i = self.first_idx, self.last_idx - 1 do
        fn(storage[i])
    end
end

function Vector:remove_first()
    if self:is_empty() then return nil end
    local first = self.storage[self.first_idx]
    self.storage[self.first_idx] = nil
    self.first_idx = self.first_idx + 1
    return first
end

-- Removes every element identical to obj; answers whether there was one.
function Vector:remove(obj)
    local new_storage = {}
    local new_last = 0
    local found = false
    self:for_each(function(it)
        if it == obj then
            found = true
        else
            new_storage[new_last] = it
            new_last = new_last + 1
        end
    end)
    self.storage = new_storage
    self.first_idx = 0
    self.last_idx = new_last
    return found
end

-- Sorts in place so that compare(a, b) <= 0 for each a before b (quicksort,
-- median of three, as the suite's Vector).
function Vector:sort(compare)
    if self:size() > 0 then
        self:sort_range(self.first_idx, self.last_idx - 1, compare)
    end
end

function Vector:swap(i, j)
    local storage = self.storage
    storage[i], storage[j] = storage[j], storage[i]
end

function Vector:sort_range(i, j, compare)
    local n = j + 1 - i
    if n <= 1 then return end
    local storage = self.storage
    local di, dj = storage[i], storage[j]
    if compare(di, dj) > 0 then
        self:swap(i, j)
        di, dj = dj, di
    end
    if n > 2 then
        local ij = (i + j) // 2
        local dij = storage[ij]
        if compare(di, dij) <= 0 then
            if compare(dij, dj) > 0 then
                self:swap(j, ij)
                dij = dj
            end
        else
            self:swap(i, ij)
            dij = di
        end
        if n > 3 then
            local k, l = i, j - 1
            while true do
                while k <= l and compare(dij, storage[l]) <= 0 do l = l - 1 end
                k = k + 1
                while k <= l and compare(storage[k], dij) <= 0 do k = k + 1 end
                if k > l then break end
                self:swap(k, l)
            end
            self:sort_range(i, l, compare)
            self:sort_range(k, j, compare)
        end
    end
end

-- A map whose keys are compared by identity; get_keys answers them, in the
-- order they were added, as a Vector.
local IdentityDictionary = class()

function IdentityDictionary.new()
    return setmetatable({ map = {}, keys = Vector.new() }, IdentityDictionary)
end

function IdentityDictionary:at_put(key, value)
    if self.map[key] == nil then self.keys:append(key) end
    self.map[key] = value
end

function IdentityDictionary:at(key)
    return self.map[key]
end

function IdentityDictionary:get_keys()
    return self.keys
end

local FORWARD = "forward"
local BACKWARD = "backward"

-- A symbolic strength, the key of the strength tables.
local Sym = class()

function Sym.new(hash)
    return setmetatable({ hash = hash }, Sym)
end

function Sym:custom_hash()
    return self.hash
end

local ABSOLUTE_STRONGEST = Sym.new(0)
local REQUIRED = Sym.new(1)
local STRONG_PREFERRED = Sym.new(2)
local PREFERRED = Sym.new(3)
local STRONG_DEFAULT = Sym.new(4)
local DEFAULT = Sym.new(5)
local WEAK_DEFAULT = Sym.new(6)
local ABSOLUTE_WEAKEST = Sym.new(7)

-- A strength: how much a constraint matters. Lower values are stronger. There
-- is one strength for each symbol (Strength.of), so strengths can be compared
-- by identity.
local Strength = class()

local function create_strength_table()
    local strength_table = IdentityDictionary.new()
    strength_table:at_put(ABSOLUTE_STRONGEST, -10000)
    strength_table:at_put(REQUIRED, -800)
    strength_table:at_put(STRONG_PREFERRED, -600)
    strength_table:at_put(PREFERRED, -400)
    strength_table:at_put(STRONG_DEFAULT, -200)
    strength_table:at_put(DEFAULT, 0)
    strength_table:at_put(WEAK_DEFAULT, 500)
    strength_table:at_put(ABSOLUTE_WEAKEST, 10000)
    return strength_table
end

Strength.strength_table = create_strength_table()

function Strength.new(symbolic_value)
    return setmetatable({
        arithmetic_value = Strength.strength_table:at(symbolic_value),
    }, Strength)
end

function Strength:same_as(s) return self.arithmetic_value == s.arithmetic_value end
function Strength:stronger(s) return self.arithmetic_value < s.arithmetic_value end
function Strength:weaker(s) return self.arithmetic_value > s.arithmetic_value end

function Strength:strongest(s)
    if s:stronger(self) then return s end
    return self
end

function Strength:weakest(s)
    if s:weaker(self) then return s end
    return self
end

function Strength.of(sym)
    return Strength.strength_constant:at(sym)
end

local function create_strength_constants()
    local strength_constant = IdentityDictionary.new()
    Strength.strength_table:get_keys():for_each(function(key)
        strength_constant:at_put(key, Strength.new(key))
    end)
    return strength_constant
end

Strength.strength_constant = create_strength_constants()
Strength.absolute_weakest = Strength.of(ABSOLUTE_WEAKEST)
Strength.required = Strength.of(REQUIRED)

-- What every constraint does: it has a strength, and is added to and removed
-- from the planner's graph, and satisfied, the same way.
local AbstractConstraint = class()

function AbstractConstraint:init_strength(sym)
    self.strength = Strength.of(sym)
end

function AbstractConstraint:is_input()
    return false
end

function AbstractConstraint:add_constraint(planner)
    self:add_to_graph()
    planner:incremental_add(self)
end

function AbstractConstraint:destroy_constraint(planner)
    if self:is_satisfied() then
        planner:incremental_remove(self)
    end
    self:remove_from_graph()
end

-- Whether every input is marked, stays, or is determined by nothing.
function AbstractConstraint:inputs_known(mark)
    return not self:inputs_has_one(function(v)
        return not (v.mark == mark or v.stay or v.determined_by == nil)
    end)
end

-- Chooses a way to satisfy self and, if there is one, makes its output's
-- constraint self; answers the constraint that used to determine the output
-- (now unsatisfied), or nil.
function AbstractConstraint:satisfy(mark, planner)
    local overridden
    self:choose_method(mark)
    if self:is_satisfied() then
        self:inputs_do(function(i) i.mark = mark end)
        local out = self:get_output()
        overridden = out.determined_by
        if overridden ~= nil then
            overridden:mark_unsatisfied()
        end
        out.determined_by = self
        if not planner:add_propagate(self, mark) then
            error("Cycle encountered")
        end
        out.mark = mark
    else
        overridden = nil
        if self.strength:same_as(Strength.required) then
            error("Could not satisfy a required constraint")
        end
    end
    return overridden
end

-- A constraint between two variables, v1 and v2, satisfied by computing one
-- from the other: v2 from v1 when the direction is FORWARD, v1 from v2 when it
-- is BACKWARD.
local BinaryConstraint = class(AbstractConstraint)

function BinaryConstraint:init_binary(var1, var2, strength)
    self:init_strength(strength)
    self.v1 = var1
    self.v2 = var2
    self.direction = nil
end

function BinaryConstraint:is_satisfied()
    return self.direction ~= nil
end

function BinaryConstraint:add_to_graph()
    self.v1:add_constraint(self)
    self.v2:add_constraint(self)
    self.direction = nil
end

function BinaryConstraint:remove_from_graph()
    if self.v1 ~= nil then self.v1:remove_constraint(self) end
    if self.v2 ~= nil then self.v2:remove_constraint(self) end
    self.direction = nil
end

-- Picks the direction: into the unmarked variable, or into the weaker one, if
-- self is stronger than it; otherwise none.
function BinaryConstraint:choose_method(mark)
    if self.v1.mark == mark then
        if self.v2.mark ~= mark and self.strength:stronger(self.v2.walk_strength) then
            self.direction = FORWARD
        else
            self.direction = nil
        end
        return self.direction
    end
    if self.v2.mark == mark then
        if self.v1.mark ~= mark and self.strength:stronger(self.v1.walk_strength) then
            self.direction = BACKWARD
        else
            self.direction = nil
        end
        return self.direction
    end
    if self.v1.walk_strength:weaker(self.v2.walk_strength) then
        if self.strength:stronger(self.v1.walk_strength) then
            self.direction = BACKWARD
        else
            self.direction = nil
        end
    else
        if self.strength:stronger(self.v2.walk_strength) then
            self.direction = FORWARD
        else
            self.direction = nil
        end
    end
    return self.direction
end

function BinaryConstraint:inputs_do(fn)
    if self.direction == FORWARD then
        fn(self.v1)
    else
        fn(self.v2)
    end
end

function BinaryConstraint:inputs_has_one(fn)
    if self.direction == FORWARD then
        return fn(self.v1)
    end
    return fn(self.v2)
end

function BinaryConstraint:mark_unsatisfied()
    self.direction = nil
end

function BinaryConstraint:get_output()
    if self.direction == FORWARD then return self.v2 end
    return self.v1
end

-- Updates the output's walkabout strength and stay flag, and its value if it
-- stays.
function BinaryConstraint:recalculate()
    local ihn, out
    if self.direction == FORWARD then
        ihn, out = self.v1, self.v2
    else
        ihn, out = self.v2, self.v1
    end
    out.walk_strength = self.strength:weakest(ihn.walk_strength)
    out.stay = ihn.stay
    if out.stay then
        self:execute()
    end
end

-- A constraint on one variable, its output.
local UnaryConstraint = class(AbstractConstraint)

-- A new constraint of class cls on v, added to planner.
function UnaryConstraint.create(cls, v, strength, planner)
    local c = setmetatable({}, cls)
    c:init_strength(strength)
    c.output = v
    c.satisfied = false
    c:add_constraint(planner)
    return c
end

function UnaryConstraint:is_satisfied()
    return self.satisfied
end

function UnaryConstraint:add_to_graph()
    self.output:add_constraint(self)
    self.satisfied = false
end

function UnaryConstraint:remove_from_graph()
    if self.output ~= nil then self.output:remove_constraint(self) end
    self.satisfied = false
end

function UnaryConstraint:choose_method(mark)
    self.satisfied = self.output.mark ~= mark
        and self.strength:stronger(self.output.walk_strength)
    return nil
end

function UnaryConstraint:inputs_do(fn)
end

function UnaryConstraint:inputs_has_one(fn)
    return false
end

function UnaryConstraint:mark_unsatisfied()
    self.satisfied = false
end

function UnaryConstraint:get_output()
    return self.output
end

function UnaryConstraint:recalculate()
    self.output.walk_strength = self.strength
    self.output.stay = not self:is_input()
    if self.output.stay then
        self:execute()
    end
end

-- A constraint that lets the planner change its variable: an input.
local EditConstraint = class(UnaryConstraint)

function EditConstraint.new(v, strength, planner)
    return UnaryConstraint.create(EditConstraint, v, strength, planner)
end

function EditConstraint:is_input()
    return true
end

function EditConstraint:execute()
end

-- A constraint that keeps its variable as it is.
local StayConstraint = class(UnaryConstraint)

function StayConstraint.new(v, strength, planner)
    return UnaryConstraint.create(StayConstraint, v, strength, planner)
end

function StayConstraint:execute()
end

-- v2 = v1 (FORWARD) or v1 = v2 (BACKWARD).
local EqualityConstraint = class(BinaryConstraint)

function EqualityConstraint.new(var1, var2, strength, planner)
    local c = setmetatable({}, EqualityConstraint)
    c:init_binary(var1, var2, strength)
    c:add_constraint(planner)
    return c
end

function EqualityConstraint:execute()
    if self.direction == FORWARD then
        self.v2.value = self.v1.value
    else
        self.v1.value = self.v2.value
    end
end

-- dest = src * scale + offset (FORWARD), or src from dest (BACKWARD). The scale
-- and offset variables are inputs either way.
local ScaleConstraint = class(BinaryConstraint)

function ScaleConstraint.new(src, scale, offset, dest, strength, planner)
    local c = setmetatable({}, ScaleConstraint)
    c:init_binary(src, dest, strength)
    c.scale = scale
    c.offset = offset
    c:add_constraint(planner)
    return c
end

function ScaleConstraint:add_to_graph()
    self.v1:add_constraint(self)
    self.v2:add_constraint(self)
    self.scale:add_constraint(self)
    self.offset:add_constraint(self)
    self.direction = nil
end

function ScaleConstraint:remove_from_graph()
    if self.v1 ~= nil then self.v1:remove_constraint(self) end
    if self.v2 ~= nil then self.v2:remove_constraint(self) end
    if self.scale ~= nil then self.scale:remove_constraint(self) end
    if self.offset ~= nil then self.offset:remove_constraint(self) end
    self.direction = nil
end

function ScaleConstraint:execute()
    if self.direction == FORWARD then
        self.v2.value = self.v1.value * self.scale.value + self.offset.value
    else
        self.v1.value = (self.v2.value - self.offset.value) // self.scale.value
    end
end

function ScaleConstraint:inputs_do(fn)
    if self.direction == FORWARD then
        fn(self.v1)
        fn(self.scale)
        fn(self.offset)
    else
        fn(self.v2)
        fn(self.scale)
        fn(self.offset)
    end
end

function ScaleConstraint:recalculate()
    local ihn, out
    if self.direction == FORWARD then
        ihn, out = self.v1, self.v2
    else
        out, ihn = self.v1, self.v2
    end
    out.walk_strength = self.strength:weakest(ihn.walk_strength)
    out.stay = ihn.stay and self.scale.stay and self.offset.stay
    if out.stay then
        self:execute()
    end
end

-- A variable: its value, the constraints on it, the one that determines it,
-- its walkabout strength, whether it stays (is constant), and the planner's
-- mark.
local Variable = class()

function Variable.new()
    return setmetatable({
        value = 0,
        constraints = Vector.new(),
        determined_by = nil,
        walk_strength = Strength.absolute_weakest,
        stay = true,
        mark = 0,
    }, Variable)
end

function Variable.with_value(a_value)
    local v = Variable.new()
    v.value = a_value
    return v
end

function Variable:add_constraint(c)
    self.constraints:append(c)
end

function Variable:remove_constraint(c)
    self.constraints:remove(c)
    if self.determined_by == c then
        self.determined_by = nil
    end
end

-- A plan: constraints to execute in order.
local Plan = class(Vector)

function Plan.new()
    return setmetatable(Vector.new(), Plan)
end

function Plan:execute()
    self:for_each(function(c) c:execute() end)
end

-- The planner, and the benchmark's two tests.
local Planner = class()

function Planner.new()
    return setmetatable({ current_mark = 1 }, Planner)
end

function Planner:new_mark()
    self.current_mark = self.current_mark + 1
    return self.current_mark
end

-- Satisfies c, if it is strong enough, and every constraint it overrides in
-- turn.
function Planner:incremental_add(c)
    local mark = self:new_mark()
    local overridden = c:satisfy(mark, self)
    while overridden ~= nil do
        overridden = overridden:satisfy(mark, self)
    end
end

-- Removes c and satisfies again, strongest first, the constraints that its
-- removal leaves unsatisfied.
function Planner:incremental_remove(c)
    local out = c:get_output()
    c:mark_unsatisfied()
    c:remove_from_graph()
    local unsatisfied = self:remove_propagate_from(out)
    unsatisfied:for_each(function(u) self:incremental_add(u) end)
end

function Planner:extract_plan_from_constraints(constraints)
    local sources = Vector.new()
    constraints:for_each(function(c)
        if c:is_input() and c:is_satisfied() then
            sources:append(c)
        end
    end)
    return self:make_plan(sources)
end

-- A plan that executes the constraints downstream of sources, each after the
-- constraints it depends on.
function Planner:make_plan(sources)
    local mark = self:new_mark()
    local plan = Plan.new()
    local todo = sources
    while not todo:is_empty() do
        local c = todo:remove_first()
        if c:get_output().mark ~= mark and c:inputs_known(mark) then
            plan:append(c)
            c:get_output().mark = mark
            self:add_constraints_consuming_to(c:get_output(), todo)
        end
    end
    return plan
end

function Planner:add_constraints_consuming_to(v, coll)
    local determining_c = v.determined_by
    v.constraints:for_each(function(c)
        if c ~= determining_c and c:is_satisfied() then
            coll:append(c)
        end
    end)
end

-- Recalculates the outputs downstream of c; answers false, after removing c
-- again, if that comes back to a variable marked mark (a cycle).
function Planner:add_propagate(c, mark)
    local todo = Vector.with(c)
    while not todo:is_empty() do
        local d = todo:remove_first()
        if d:get_output().mark == mark then
            self:incremental_remove(c)
            return false
        end
        d:recalculate()
        self:add_constraints_consuming_to(d:get_output(), todo)
    end
    return true
end

-- Sets v to new_value ten times through an edit constraint and its plan.
function Planner:change(v, new_value)
    local edit_c = EditConstraint.new(v, PREFERRED, self)
    local edit_v = Vector.with(edit_c)
    local plan = self:extract_plan_from_constraints(edit_v)
    for _ = 0, 9 do
        v.value = new_value
        plan:execute()
    end
    edit_c:destroy_constraint(self)
end

function Planner:constraints_consuming(v, fn)
    local determining_c = v.determined_by
    v.constraints:for_each(function(c)
        if c ~= determining_c and c:is_satisfied() then
            fn(c)
        end
    end)
end

-- Resets the variables downstream of out, now determined by nothing; answers
-- the constraints left unsatisfied, strongest first.
function Planner:remove_propagate_from(out)
    local unsatisfied = Vector.new()
    out.determined_by = nil
    out.walk_strength = Strength.absolute_weakest
    out.stay = true
    local todo = Vector.with(out)
    while not todo:is_empty() do
        local v = todo:remove_first()
        v.constraints:for_each(function(c)
            if not c:is_satisfied() then unsatisfied:append(c) end
        end)
        self:constraints_consuming(v, function(c)
            c:recalculate()
            todo:append(c:get_output())
        end)
    end
    unsatisfied:sort(function(c1, c2)
        if c1.strength:stronger(c2.strength) then return -1 end
        return 1
    end)
    return unsatisfied
end

-- A chain of n equality constraints from a stayed variable; the value given to
-- its other end must reach the stayed one.
function Planner.chain_test(n)
    local planner = Planner.new()
    local vars = {}
    for i = 0, n do
        vars[i] = Variable.new()
    end
    for i = 0, n - 1 do
        EqualityConstraint.new(vars[i], vars[i + 1], REQUIRED, planner)
    end
    StayConstraint.new(vars[n], STRONG_DEFAULT, planner)
    local edit_c = EditConstraint.new(vars[0], PREFERRED, planner)
    local edit_v = Vector.with(edit_c)
    local plan = planner:extract_plan_from_constraints(edit_v)
    for i = 0, 99 do
        vars[0].value = i
        plan:execute()
        if vars[n].value ~= i then
            error("Chain test failed!")
        end
    end
    edit_c:destroy_constraint(planner)
end

-- n pairs of variables src and dst with dst = src * scale + offset: changing a
-- src, a dst, then scale and offset must update the others.
function Planner.projection_test(n)
    local planner = Planner.new()
    local dests = Vector.new()
    local scale = Variable.with_value(10)
    local offset = Variable.with_value(1000)
    local src, dst
    for i = 1, n do
        src = Variable.with_value(i)
        dst = Variable.with_value(i)
        dests:append(dst)
        StayConstraint.new(src, DEFAULT, planner)
        ScaleConstraint.new(src, scale, offset, dst, REQUIRED, planner)
    end

    planner:change(src, 17)
    if dst.value ~= 1170 then error("Projection test 1 failed!") end

    planner:change(dst, 1050)
    if src.value ~= 5 then error("Projection test 2 failed!") end

    planner:change(scale, 5)
    for i = 0, n - 2 do
        if dests:at(i).value ~= (i + 1) * 5 + 1000 then
            error("Projection test 3 failed!")
        end
    end

    planner:change(offset, 2000)
    for i = 0, n - 2 do
        if dests:at(i).value ~= (i + 1) * 5 + 2000 then
            error("Projection test 4 failed!")
        end
    end
end

local INNER_ITERATIONS = 1000

local deltablue = {
    benchmark = function()
        Planner.chain_test(INNER_ITERATIONS)
        Planner.projection_test(INNER_ITERATIONS)
        return true
    end,
    verify_result = function(result) return result end,
}

awfy.run(deltablue, "DeltaBlue", 10)
