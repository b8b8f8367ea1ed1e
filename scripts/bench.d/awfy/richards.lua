-- richards.lua: the Richards benchmark of "Are We Fast Yet", as richards.self:
-- Martin Richards' simulation of an operating system's task scheduler. Six tasks
-- (an idler, a worker, two handlers and two devices) pass packets to each other;
-- one run of the scheduler must queue 23246 packets and hold a task 9297 times.
--
-- Classes are tables used as metatables; a subclass's table has its superclass
-- as __index. A task's work is a closure made when the task is created, which
-- captures the scheduler. Queues are chains of packets through their link
-- fields, and nil stands for both "no task" and "no packet".
local awfy = dofile((arg[0]:match("^(.*/)") or "./") .. "harness.lua")

local NO_TASK = nil
local NO_WORK = nil

local IDLER = 0
local WORKER = 1
local HANDLER_A = 2
local HANDLER_B = 3
local DEVICE_A = 4
local DEVICE_B = 5
local NUM_TYPES = 6

local DEVICE_PACKET_KIND = 0
local WORK_PACKET_KIND = 1

local DATA_SIZE = 4

local class = awfy.class

-- The root of the benchmark's classes: appending a packet to a queue.
local RBObject = class()

-- Puts packet at the end of the queue starting at queue_head; answers the
-- queue's new head.
function RBObject:append(packet, queue_head)
    packet.link = NO_WORK
    if NO_WORK == queue_head then
        return packet
    end
    local mouse = queue_head
    local link = mouse.link
    while NO_WORK ~= link do
        mouse = link
        link = mouse.link
    end
    mouse.link = packet
    return queue_head
end

-- What a task is doing: whether a packet waits for it, whether it waits for
-- one, and whether it is held.
local TaskState = class(RBObject)

function TaskState.new()
    return setmetatable({
        packet_pending_ = false, task_waiting_ = false, task_holding_ = false,
    }, TaskState)
end

function TaskState:is_packet_pending() return self.packet_pending_ end
function TaskState:is_task_holding() return self.task_holding_ end
function TaskState:is_task_waiting() return self.task_waiting_ end

function TaskState:set_task_holding(b) self.task_holding_ = b end
function TaskState:set_task_waiting(b) self.task_waiting_ = b end
function TaskState:set_packet_pending(b) self.packet_pending_ = b end

function TaskState:packet_pending()
    self.packet_pending_ = true
    self.task_waiting_ = false
    self.task_holding_ = false
end

function TaskState:running()
    self.packet_pending_ = false
    self.task_waiting_ = false
    self.task_holding_ = false
end

function TaskState:waiting()
    self.packet_pending_ = false
    self.task_holding_ = false
    self.task_waiting_ = true
end

function TaskState:waiting_with_packet()
    self.task_holding_ = false
    self.task_waiting_ = true
    self.packet_pending_ = true
end

function TaskState:is_task_holding_or_waiting()
    return self.task_holding_ or (not self.packet_pending_ and self.task_waiting_)
end

function TaskState:is_waiting_with_packet()
    return self.packet_pending_ and self.task_waiting_ and not self.task_holding_
end

function TaskState.create_running()
    local t = TaskState.new()
    t:running()
    return t
end

function TaskState.create_waiting()
    local t = TaskState.new()
    t:waiting()
    return t
end

function TaskState.create_waiting_with_packet()
    local t = TaskState.new()
    t:waiting_with_packet()
    return t
end

-- The private data of the four kinds of task.
local DeviceTaskDataRecord = class(RBObject)

function DeviceTaskDataRecord.new()
    return setmetatable({ pending = NO_WORK }, DeviceTaskDataRecord)
end

local HandlerTaskDataRecord = class(RBObject)

function HandlerTaskDataRecord.new()
    return setmetatable({ work_in = NO_WORK, device_in = NO_WORK }, HandlerTaskDataRecord)
end

function HandlerTaskDataRecord:device_in_add(packet)
    self.device_in = self:append(packet, self.device_in)
end

function HandlerTaskDataRecord:work_in_add(packet)
    self.work_in = self:append(packet, self.work_in)
end

local IdleTaskDataRecord = class(RBObject)

function IdleTaskDataRecord.new()
    return setmetatable({ control = 1, count = 10000 }, IdleTaskDataRecord)
end

local WorkerTaskDataRecord = class(RBObject)

function WorkerTaskDataRecord.new()
    return setmetatable({ destination = HANDLER_A, count = 0 }, WorkerTaskDataRecord)
end

-- A packet: the next packet of its queue, the task it is addressed to (then
-- the one that sent it), its kind, and four data words (indices 0 to 3).
local Packet = class(RBObject)

function Packet.new(link, identity, kind)
    local data = {}
    for i = 0, DATA_SIZE - 1 do data[i] = 0 end
    return setmetatable({
        link = link, identity = identity, kind = kind, datum = 0, data = data,
    }, Packet)
end

-- A task: its state, its place in the list of all tasks, its queue of input
-- packets, its private data and its work.
local TaskControlBlock = class(TaskState)

function TaskControlBlock.new(link, identity, priority, initial_work_queue,
                              initial_state, private_data, fn)
    local t = setmetatable(TaskState.new(), TaskControlBlock)
    t.link = link
    t.identity = identity
    t.priority = priority
    t.input = initial_work_queue
    t:set_packet_pending(initial_state:is_packet_pending())
    t:set_task_waiting(initial_state:is_task_waiting())
    t:set_task_holding(initial_state:is_task_holding())
    t.handle = private_data
    t.fn = fn
    return t
end

-- Queues packet; answers the task to run next: self if it had no input and
-- outranks old_task, otherwise old_task.
function TaskControlBlock:add_input_and_check_priority(packet, old_task)
    if NO_WORK == self.input then
        self.input = packet
        self:set_packet_pending(true)
        if self.priority > old_task.priority then return self end
    else
        self.input = self:append(packet, self.input)
    end
    return old_task
end

-- Runs the task's work on its first input packet, if it waits with one;
-- answers the task to run next.
function TaskControlBlock:run_task()
    local message
    if self:is_waiting_with_packet() then
        message = self.input
        self.input = message.link
        if NO_WORK == self.input then
            self:running()
        else
            self:packet_pending()
        end
    else
        message = NO_WORK
    end
    return self.fn(message, self.handle)
end

-- The scheduler: the tasks, by identity and as a list in priority order, the
-- task running, and the two counts the benchmark checks.
local Scheduler = class(RBObject)

function Scheduler.new()
    local task_table = {}
    for i = 0, NUM_TYPES - 1 do task_table[i] = NO_TASK end
    return setmetatable({
        queue_packet_count = 0,
        hold_count = 0,
        task_table = task_table,
        task_list = NO_TASK,
        current_task = NO_TASK,
        current_task_identity = 0,
    }, Scheduler)
end

function Scheduler:create_device(identity, priority, work_packet, state)
    local data = DeviceTaskDataRecord.new()
    self:create_task(identity, priority, work_packet, state, data, function(work_arg, word_arg)
        local data_record = word_arg
        local function_work = work_arg
        if NO_WORK == function_work then
            function_work = data_record.pending
            if NO_WORK == function_work then
                return self:mark_waiting()
            end
            data_record.pending = NO_WORK
            return self:queue_packet(function_work)
        end
        data_record.pending = function_work
        return self:hold_self()
    end)
end

function Scheduler:create_handler(identity, priority, work_packet, state)
    local data = HandlerTaskDataRecord.new()
    self:create_task(identity, priority, work_packet, state, data, function(work, word)
        local data_record = word
        if NO_WORK ~= work then
            if WORK_PACKET_KIND == work.kind then
                data_record:work_in_add(work)
            else
                data_record:device_in_add(work)
            end
        end

        local packet = data_record.work_in
        if NO_WORK == packet then
            return self:mark_waiting()
        end
        local count = packet.datum
        if count >= DATA_SIZE then
            data_record.work_in = packet.link
            return self:queue_packet(packet)
        end
        local device_packet = data_record.device_in
        if NO_WORK == device_packet then
            return self:mark_waiting()
        end
        data_record.device_in = device_packet.link
        device_packet.datum = packet.data[count]
        packet.datum = count + 1
        return self:queue_packet(device_packet)
    end)
end

function Scheduler:create_idler(identity, priority, work, state)
    local data = IdleTaskDataRecord.new()
    self:create_task(identity, priority, work, state, data, function(work_arg, word_arg)
        local data_record = word_arg
        data_record.count = data_record.count - 1
        if 0 == data_record.count then
            return self:hold_self()
        end
        if 0 == (data_record.control & 1) then
            data_record.control = data_record.control // 2
            return self:release(DEVICE_A)
        end
        data_record.control = (data_record.control // 2) ~ 53256
        return self:release(DEVICE_B)
    end)
end

function Scheduler:create_packet(link, identity, kind)
    return Packet.new(link, identity, kind)
end

function Scheduler:create_task(identity, priority, work, state, data, fn)
    local t = TaskControlBlock.new(self.task_list, identity, priority, work, state, data, fn)
    self.task_list = t
    self.task_table[identity] = t
end

function Scheduler:create_worker(identity, priority, work_packet, state)
    local data_record = WorkerTaskDataRecord.new()
    self:create_task(identity, priority, work_packet, state, data_record, function(work, word)
        local data = word
        if NO_WORK == work then
            return self:mark_waiting()
        end
        data.destination = (HANDLER_A == data.destination) and HANDLER_B or HANDLER_A
        work.identity = data.destination
        work.datum = 0
        for i = 0, DATA_SIZE - 1 do
            data.count = data.count + 1
            if data.count > 26 then data.count = 1 end
            work.data[i] = 65 + data.count - 1
        end
        return self:queue_packet(work)
    end)
end

-- Builds the six tasks and their packets, runs them until no task can run,
-- and answers whether the counts are right.
function Scheduler:start()
    local work_q

    self:create_idler(IDLER, 0, NO_WORK, TaskState.create_running())
    work_q = self:create_packet(NO_WORK, WORKER, WORK_PACKET_KIND)
    work_q = self:create_packet(work_q, WORKER, WORK_PACKET_KIND)

    self:create_worker(WORKER, 1000, work_q, TaskState.create_waiting_with_packet())
    work_q = self:create_packet(NO_WORK, DEVICE_A, DEVICE_PACKET_KIND)
    work_q = self:create_packet(work_q, DEVICE_A, DEVICE_PACKET_KIND)
    work_q = self:create_packet(work_q, DEVICE_A, DEVICE_PACKET_KIND)

    self:create_handler(HANDLER_A, 2000, work_q, TaskState.create_waiting_with_packet())
    work_q = self:create_packet(NO_WORK, DEVICE_B, DEVICE_PACKET_KIND)
    work_q = self:create_packet(work_q, DEVICE_B, DEVICE_PACKET_KIND)
    work_q = self:create_packet(work_q, DEVICE_B, DEVICE_PACKET_KIND)

    self:create_handler(HANDLER_B, 3000, work_q, TaskState.create_waiting_with_packet())
    self:create_device(DEVICE_A, 4000, NO_WORK, TaskState.create_waiting())
    self:create_device(DEVICE_B, 5000, NO_WORK, TaskState.create_waiting())

    self:schedule()

    return self.queue_packet_count == 23246 and self.hold_count == 9297
end

function Scheduler:find_task(identity)
    local t = self.task_table[identity]
    if NO_TASK == t then error("findTask failed") end
    return t
end

function Scheduler:hold_self()
    self.hold_count = self.hold_count + 1
    self.current_task:set_task_holding(true)
    return self.current_task.link
end

function Scheduler:queue_packet(packet)
    local t = self:find_task(packet.identity)
    if NO_TASK == t then return NO_TASK end
    self.queue_packet_count = self.queue_packet_count + 1
    packet.link = NO_WORK
    packet.identity = self.current_task_identity
    return t:add_input_and_check_priority(packet, self.current_task)
end

function Scheduler:release(identity)
    local t = self:find_task(identity)
    if NO_TASK == t then return NO_TASK end
    t:set_task_holding(false)
    if t.priority > self.current_task.priority then
        return t
    end
    return self.current_task
end

function Scheduler:mark_waiting()
    self.current_task:set_task_waiting(true)
    return self.current_task
end

-- Runs tasks, in the order of the task list, until none is left.
function Scheduler:schedule()
    self.current_task = self.task_list
    while NO_TASK ~= self.current_task do
        if self.current_task:is_task_holding_or_waiting() then
            self.current_task = self.current_task.link
        else
            self.current_task_identity = self.current_task.identity
            self.current_task = self.current_task:run_task()
        end
    end
end

local richards = {
    benchmark = function() return Scheduler.new():start() end,
    verify_result = function(result) return result end,
}

awfy.run(richards, "Richards", 15)
