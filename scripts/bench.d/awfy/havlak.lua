-- havlak.lua: the Havlak benchmark of 'Are We Fast Yet', Havlak's loop
-- recognition on a synthetic control flow graph. The same program as
-- havlak.self. One benchmark run builds the graph (a small loop nest, then
-- ten trees of nested loops, 5213 basic blocks), finds its loops once per
-- inner iteration while the graph is still small, then once into the main
-- loop structure graph and FIND_LOOP_ITERATIONS more times into throwaway
-- ones when it is complete, and answers the number of loops in the main
-- graph and the number of blocks: {1647, 5213} for 15 inner iterations.
-- AWFY repeats the last search 50 times; one repetition is kept here to fit
-- the time budget. The throwaway searches do not change the answer, so
-- AWFY's expected values still apply.
--
-- The collections are the suite's own (a vector with a removable front, a set
-- kept in a vector, a dictionary hashing with chained buckets), written here
-- over plain tables, as every port of the suite does.
local awfy = dofile((arg[0]:match("^(.*/)") or "./") .. "harness.lua")

local INNER_ITERATIONS = 15
local FIND_LOOP_ITERATIONS = 1

local class = awfy.class

-- Vector: elements first_idx .. last_idx - 1 of storage (0-based keys, kept
-- at storage[key + 1]).
local Vector = class()

function Vector.new()
    return setmetatable({ storage = {}, first_idx = 0, last_idx = 0 }, Vector)
end

function Vector:at(idx)
    return self.storage[idx + 1]
end

function Vector:at_put(idx, val)
    self.storage[idx + 1] = val
    if self.last_idx < idx + 1 then
        self.last_idx = idx + 1
    end
end

function Vector:append(elem)
    self.storage[self.last_idx + 1] = elem
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
    for i = self.first_idx + 1, self.last_idx do
        fn(storage[i])
    end
end

function Vector:has_some(fn)
    local storage = self.storage
    for i = self.first_idx + 1, self.last_idx do
        if fn(storage[i]) then
            return true
        end
    end
    return false
end

function Vector:remove_first()
    if self:is_empty() then
        return nil
    end
    self.first_idx = self.first_idx + 1
    return self.storage[self.first_idx]
end

function Vector:remove_all()
    self.first_idx = 0
    self.last_idx = 0
    self.storage = {}
end

-- Set: distinct elements (compared with ==) in insertion order.
local Set = class()

function Set.new()
    return setmetatable({ items = Vector.new() }, Set)
end

function Set:size()
    return self.items:size()
end

function Set:for_each(fn)
    self.items:for_each(fn)
end

function Set:contains(obj)
    return self.items:has_some(function(e) return e == obj end)
end

function Set:add(obj)
    if not self:contains(obj) then
        self.items:append(obj)
    end
end

-- IdentityDictionary: keys answer custom_hash(); power-of-two bucket array
-- of chained entries, doubled (splitting each chain) when there are more
-- entries than buckets.
local DictEntry = class()

function DictEntry.new(hash, key, value, next_entry)
    return setmetatable({ hash = hash, key = key, value = value, next = next_entry }, DictEntry)
end

function DictEntry:match(hash, key)
    return self.hash == hash and self.key == key
end

local function hash_of(key)
    if key == nil then
        return 0
    end
    local hash = key:custom_hash()
    return hash ~ (hash >> 16)
end

local IdentityDictionary = class()

function IdentityDictionary.new()
    return setmetatable({ buckets = {}, bucket_count = 16, count = 0 }, IdentityDictionary)
end

function IdentityDictionary:size()
    return self.count
end

function IdentityDictionary:bucket_idx(hash)
    return (self.bucket_count - 1) & hash
end

function IdentityDictionary:at(key)
    local hash = hash_of(key)
    local e = self.buckets[self:bucket_idx(hash) + 1]
    while e do
        if e:match(hash, key) then
            return e.value
        end
        e = e.next
    end
    return nil
end

function IdentityDictionary:at_put(key, value)
    local hash = hash_of(key)
    local i = self:bucket_idx(hash) + 1
    local current = self.buckets[i]
    if current == nil then
        self.buckets[i] = DictEntry.new(hash, key, value, nil)
        self.count = self.count + 1
    else
        self:insert_bucket_entry(key, value, hash, current)
    end
    if self.count > self.bucket_count then
        self:resize()
    end
end

function IdentityDictionary:insert_bucket_entry(key, value, hash, head)
    local current = head
    while true do
        if current:match(hash, key) then
            current.value = value
            return
        end
        if current.next == nil then
            self.count = self.count + 1
            current.next = DictEntry.new(hash, key, value, nil)
            return
        end
        current = current.next
    end
end

function IdentityDictionary:resize()
    local old_buckets, old_count = self.buckets, self.bucket_count
    self.buckets = {}
    self.bucket_count = old_count * 2
    for i = 1, old_count do
        local current = old_buckets[i]
        if current then
            old_buckets[i] = nil
            if current.next == nil then
                self.buckets[(current.hash & (self.bucket_count - 1)) + 1] = current
            else
                self:split_bucket(old_count, i, current)
            end
        end
    end
end

-- Moves the chain of old bucket i into buckets i and i + old_count of the
-- doubled array, keeping the order of the entries.
function IdentityDictionary:split_bucket(old_count, i, head)
    local lo_head, lo_tail, hi_head, hi_tail
    local current = head
    while current do
        if (current.hash & old_count) == 0 then
            if lo_tail then lo_tail.next = current else lo_head = current end
            lo_tail = current
        else
            if hi_tail then hi_tail.next = current else hi_head = current end
            hi_tail = current
        end
        current = current.next
    end
    if lo_tail then
        lo_tail.next = nil
        self.buckets[i] = lo_head
    end
    if hi_tail then
        hi_tail.next = nil
        self.buckets[i + old_count] = hi_head
    end
end

function IdentityDictionary:remove_all()
    self.buckets = {}
    self.count = 0
end

-- A basic block: its name and its predecessors and successors.
local BasicBlock = class()

function BasicBlock.new(name)
    return setmetatable({ name = name, in_edges = Vector.new(), out_edges = Vector.new() }, BasicBlock)
end

function BasicBlock:get_in_edges() return self.in_edges end
function BasicBlock:get_out_edges() return self.out_edges end
function BasicBlock:get_num_pred() return self.in_edges:size() end
function BasicBlock:add_out_edge(to) self.out_edges:append(to) end
function BasicBlock:add_in_edge(from) self.in_edges:append(from) end
function BasicBlock:custom_hash() return self.name end

-- An edge of the graph; making one links its two blocks, created if new.
local BasicBlockEdge = class()

function BasicBlockEdge.new(cfg, from_name, to_name)
    local edge = setmetatable({}, BasicBlockEdge)
    edge.from = cfg:create_node(from_name)
    edge.to = cfg:create_node(to_name)
    edge.from:add_out_edge(edge.to)
    edge.to:add_in_edge(edge.from)
    cfg:add_edge(edge)
    return edge
end

-- The control flow graph: the blocks by name, the edges, the start block.
local ControlFlowGraph = class()

function ControlFlowGraph.new()
    return setmetatable({ start_node = nil, basic_block_map = Vector.new(), edge_list = Vector.new() },
        ControlFlowGraph)
end

function ControlFlowGraph:create_node(name)
    local node = self.basic_block_map:at(name)
    if node == nil then
        node = BasicBlock.new(name)
        self.basic_block_map:at_put(name, node)
    end
    if self:get_num_nodes() == 1 then
        self.start_node = node
    end
    return node
end

function ControlFlowGraph:add_edge(edge) self.edge_list:append(edge) end
function ControlFlowGraph:get_num_nodes() return self.basic_block_map:size() end
function ControlFlowGraph:get_start_basic_block() return self.start_node end
function ControlFlowGraph:get_basic_blocks() return self.basic_block_map end

-- A loop found: its header, its own blocks, its parent and child loops.
local SimpleLoop = class()

function SimpleLoop.new(bb, is_reducible)
    local loop = setmetatable({
        is_reducible = is_reducible, parent = nil, is_root_ = false,
        nesting_level = 0, depth_level = 0, counter = 0,
        basic_blocks = Set.new(), children = Set.new(), header = bb,
    }, SimpleLoop)
    if bb then
        loop.basic_blocks:add(bb)
    end
    return loop
end

function SimpleLoop:add_node(bb) self.basic_blocks:add(bb) end
function SimpleLoop:add_child_loop(loop) self.children:add(loop) end
function SimpleLoop:get_children() return self.children end
function SimpleLoop:get_parent() return self.parent end
function SimpleLoop:get_nesting_level() return self.nesting_level end
function SimpleLoop:is_root() return self.is_root_ end
function SimpleLoop:set_is_root() self.is_root_ = true end
function SimpleLoop:set_counter(value) self.counter = value end
function SimpleLoop:set_depth_level(level) self.depth_level = level end

function SimpleLoop:set_parent(parent)
    self.parent = parent
    parent:add_child_loop(self)
end

function SimpleLoop:set_nesting_level(level)
    self.nesting_level = level
    if level == 0 then
        self:set_is_root()
    end
end

-- The loop structure graph: every loop found, under an artificial root.
local LoopStructureGraph = class()

function LoopStructureGraph.new()
    local lsg = setmetatable({ loop_counter = 0, loops = Vector.new() }, LoopStructureGraph)
    lsg.root = SimpleLoop.new(nil, true)
    lsg.root:set_nesting_level(0)
    lsg.root:set_counter(lsg.loop_counter)
    lsg.loop_counter = lsg.loop_counter + 1
    lsg.loops:append(lsg.root)
    return lsg
end

function LoopStructureGraph:create_new_loop(bb, is_reducible)
    local loop = SimpleLoop.new(bb, is_reducible)
    loop:set_counter(self.loop_counter)
    self.loop_counter = self.loop_counter + 1
    self.loops:append(loop)
    return loop
end

function LoopStructureGraph:calculate_nesting_level()
    self.loops:for_each(function(liter)
        if not liter:is_root() then
            if liter:get_parent() == nil then
                liter:set_parent(self.root)
            end
        end
    end)
    self:calculate_nesting_level_rec(self.root, 0)
end

function LoopStructureGraph:calculate_nesting_level_rec(loop, depth)
    loop:set_depth_level(depth)
    loop:get_children():for_each(function(liter)
        self:calculate_nesting_level_rec(liter, depth + 1)
        loop:set_nesting_level(math.max(loop:get_nesting_level(), 1 + liter:get_nesting_level()))
    end)
end

function LoopStructureGraph:get_num_loops() return self.loops:size() end

-- A node of the union-find forest over the blocks' DFS numbers.
local UnionFindNode = class()

function UnionFindNode.new()
    return setmetatable({ parent = nil, bb = nil, dfs_number = 0, loop = nil }, UnionFindNode)
end

function UnionFindNode:init_node(bb, dfs_number)
    self.parent = self
    self.bb = bb
    self.dfs_number = dfs_number
    self.loop = nil
end

-- The representative of the node's set; the nodes passed on the way that
-- were not yet one step from it are moved to the receiver's parent.
function UnionFindNode:find_set()
    local node_list = Vector.new()
    local node = self
    while node ~= node.parent do
        if node.parent ~= node.parent.parent then
            node_list:append(node)
        end
        node = node.parent
    end
    node_list:for_each(function(iter) iter:union(self.parent) end)
    return node
end

function UnionFindNode:union(basic_block) self.parent = basic_block end
function UnionFindNode:get_bb() return self.bb end
function UnionFindNode:get_loop() return self.loop end
function UnionFindNode:get_dfs_number() return self.dfs_number end
function UnionFindNode:set_loop(loop) self.loop = loop end

-- The kinds of block.
local BB_NONHEADER, BB_REDUCIBLE, BB_SELF, BB_IRREDUCIBLE, BB_DEAD = 1, 2, 3, 4, 5

local UNVISITED = 2147483647
local MAXNONBACKPREDS = 32 * 1024

local HavlakLoopFinder = class()

function HavlakLoopFinder.new(cfg, lsg)
    return setmetatable({
        non_back_preds = Vector.new(), back_preds = Vector.new(),
        number = IdentityDictionary.new(), max_size = 0,
        header = nil, type = nil, last = nil, nodes = nil,
        cfg = cfg, lsg = lsg,
    }, HavlakLoopFinder)
end

-- w is an ancestor of v in the DFS tree (preorder numbers).
function HavlakLoopFinder:is_ancestor(w, v)
    return w <= v and v <= self.last[w]
end

function HavlakLoopFinder:do_dfs(current_node, current)
    self.nodes[current]:init_node(current_node, current)
    self.number:at_put(current_node, current)
    local last_id = current
    local outer_blocks = current_node:get_out_edges()
    for i = 0, outer_blocks:size() - 1 do
        local target = outer_blocks:at(i)
        if self.number:at(target) == UNVISITED then
            last_id = self:do_dfs(target, last_id + 1)
        end
    end
    self.last[current] = last_id
    return last_id
end

function HavlakLoopFinder:init_all_nodes()
    self.cfg:get_basic_blocks():for_each(function(bb) self.number:at_put(bb, UNVISITED) end)
    self:do_dfs(self.cfg:get_start_basic_block(), 0)
end

function HavlakLoopFinder:identify_edges(size)
    for w = 0, size - 1 do
        self.header[w] = 0
        self.type[w] = BB_NONHEADER
        local node_w = self.nodes[w]:get_bb()
        if node_w == nil then
            self.type[w] = BB_DEAD
        else
            self:process_edges(node_w, w)
        end
    end
end

function HavlakLoopFinder:process_edges(node_w, w)
    if node_w:get_num_pred() > 0 then
        node_w:get_in_edges():for_each(function(node_v)
            local v = self.number:at(node_v)
            if v ~= UNVISITED then
                if self:is_ancestor(w, v) then
                    self.back_preds:at(w):append(v)
                else
                    self.non_back_preds:at(w):add(v)
                end
            end
        end)
    end
end

function HavlakLoopFinder:find_loops()
    if self.cfg:get_start_basic_block() == nil then
        return
    end
    local size = self.cfg:get_num_nodes()

    self.non_back_preds:remove_all()
    self.back_preds:remove_all()
    self.number:remove_all()
    if size > self.max_size then
        self.header = {}
        self.type = {}
        self.last = {}
        self.nodes = {}
        self.max_size = size
    end

    for i = 0, size - 1 do
        self.non_back_preds:append(Set.new())
        self.back_preds:append(Vector.new())
        self.nodes[i] = UnionFindNode.new()
    end

    self:init_all_nodes()
    self:identify_edges(size)
    self.header[0] = 0

    -- Headers in reverse DFS preorder, so inner loops come before outer ones.
    for w = size - 1, 0, -1 do
        local node_pool = Vector.new()
        local node_w = self.nodes[w]:get_bb()
        if node_w then
            self:step_d(w, node_pool)

            local work_list = Vector.new()
            node_pool:for_each(function(niter) work_list:append(niter) end)

            if node_pool:size() ~= 0 then
                self.type[w] = BB_REDUCIBLE
            end

            while not work_list:is_empty() do
                local x = work_list:remove_first()
                local non_back_size = self.non_back_preds:at(x:get_dfs_number()):size()
                if non_back_size > MAXNONBACKPREDS then
                    return
                end
                self:step_e_process_non_back_preds(w, node_pool, work_list, x)
            end

            if node_pool:size() > 0 or self.type[w] == BB_SELF then
                local loop = self.lsg:create_new_loop(node_w, self.type[w] ~= BB_IRREDUCIBLE)
                self:set_loop_attributes(w, node_pool, loop)
            end
        end
    end
end

function HavlakLoopFinder:step_e_process_non_back_preds(w, node_pool, work_list, x)
    self.non_back_preds:at(x:get_dfs_number()):for_each(function(iter)
        local y = self.nodes[iter]
        local ydash = y:find_set()
        if not self:is_ancestor(w, ydash:get_dfs_number()) then
            self.type[w] = BB_IRREDUCIBLE
            self.non_back_preds:at(w):add(ydash:get_dfs_number())
        elseif ydash:get_dfs_number() ~= w then
            if not node_pool:has_some(function(e) return e == ydash end) then
                work_list:append(ydash)
                node_pool:append(ydash)
            end
        end
    end)
end

function HavlakLoopFinder:set_loop_attributes(w, node_pool, loop)
    self.nodes[w]:set_loop(loop)
    node_pool:for_each(function(node)
        self.header[node:get_dfs_number()] = w
        node:union(self.nodes[w])
        if node:get_loop() then
            node:get_loop():set_parent(loop)
        else
            loop:add_node(node:get_bb())
        end
    end)
end

function HavlakLoopFinder:step_d(w, node_pool)
    self.back_preds:at(w):for_each(function(v)
        if v ~= w then
            node_pool:append(self.nodes[v]:find_set())
        else
            self.type[w] = BB_SELF
        end
    end)
end

-- Builds the test graph and runs the finder on it.
local LoopTesterApp = class()

function LoopTesterApp.new()
    local app = setmetatable({ cfg = ControlFlowGraph.new(), lsg = LoopStructureGraph.new() }, LoopTesterApp)
    app.cfg:create_node(0)
    return app
end

-- An if-then-else: start branches to start + 1 and start + 2, which join.
function LoopTesterApp:build_diamond(start)
    local bb0 = start
    BasicBlockEdge.new(self.cfg, bb0, bb0 + 1)
    BasicBlockEdge.new(self.cfg, bb0, bb0 + 2)
    BasicBlockEdge.new(self.cfg, bb0 + 1, bb0 + 3)
    BasicBlockEdge.new(self.cfg, bb0 + 2, bb0 + 3)
    return bb0 + 3
end

function LoopTesterApp:build_connect(start, end_)
    BasicBlockEdge.new(self.cfg, start, end_)
end

function LoopTesterApp:build_straight(start, n)
    for i = 0, n - 1 do
        self:build_connect(start + i, start + i + 1)
    end
    return start + n
end

-- A loop whose body holds two diamonds, the second itself a loop.
function LoopTesterApp:build_base_loop(from)
    local header = self:build_straight(from, 1)
    local diamond1 = self:build_diamond(header)
    local d11 = self:build_straight(diamond1, 1)
    local diamond2 = self:build_diamond(d11)
    local footer = self:build_straight(diamond2, 1)
    self:build_connect(diamond2, d11)
    self:build_connect(diamond1, header)
    self:build_connect(footer, from)
    footer = self:build_straight(footer, 1)
    return footer
end

function LoopTesterApp:main(num_dummy_loops, find_loop_iterations, par_loops, ppar_loops, pppar_loops)
    self:construct_simple_cfg()
    self:add_dummy_loops(num_dummy_loops)
    self:construct_cfg(par_loops, ppar_loops, pppar_loops)

    self:find_loops(self.lsg)
    for _ = 1, find_loop_iterations do
        self:find_loops(LoopStructureGraph.new())
    end

    self.lsg:calculate_nesting_level()
    return { self.lsg:get_num_loops(), self.cfg:get_num_nodes() }
end

function LoopTesterApp:construct_cfg(par_loops, ppar_loops, pppar_loops)
    local n = 2
    for _ = 1, par_loops do
        self.cfg:create_node(n + 1)
        self:build_connect(2, n + 1)
        n = n + 1
        for _ = 1, ppar_loops do
            local top = n
            n = self:build_straight(n, 1)
            for _ = 1, pppar_loops do
                n = self:build_base_loop(n)
            end
            local bottom = self:build_straight(n, 1)
            self:build_connect(n, top)
            n = bottom
        end
        self:build_connect(n, 1)
    end
end

function LoopTesterApp:add_dummy_loops(num_dummy_loops)
    for _ = 1, num_dummy_loops do
        self:find_loops(self.lsg)
    end
end

function LoopTesterApp:find_loops(loop_structure)
    local finder = HavlakLoopFinder.new(self.cfg, loop_structure)
    finder:find_loops()
end

function LoopTesterApp:construct_simple_cfg()
    self.cfg:create_node(0)
    self:build_base_loop(0)
    self.cfg:create_node(1)
    BasicBlockEdge.new(self.cfg, 0, 2)
end

-- AWFY's expected {loops, blocks} for the inner iteration counts it lists.
local expected = {
    [15000] = { 46602, 5213 },
    [1500] = { 6102, 5213 },
    [150] = { 2052, 5213 },
    [15] = { 1647, 5213 },
    [1] = { 1605, 5213 },
}

local havlak = {}

function havlak.benchmark()
    return LoopTesterApp.new():main(INNER_ITERATIONS, FIND_LOOP_ITERATIONS, 10, 10, 5)
end

function havlak.verify_result(result)
    local e = expected[INNER_ITERATIONS]
    if e == nil then
        return false
    end
    return result[1] == e[1] and result[2] == e[2]
end

awfy.run(havlak, "Havlak", 2)
