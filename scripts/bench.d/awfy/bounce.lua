-- bounce.lua: the Bounce benchmark of "Are We Fast Yet", as bounce.self. A
-- hundred balls, placed and launched with the suite's random numbers, move 50
-- steps in a 500 x 500 box; the result is how many times a ball hit a wall
-- (1331).
local awfy = dofile((arg[0]:match("^(.*/)") or "./") .. "harness.lua")

local Ball = {}
Ball.__index = Ball

function Ball.new(random)
    local x = random.next() % 500
    local y = random.next() % 500
    local x_vel = (random.next() % 300) - 150
    local y_vel = (random.next() % 300) - 150
    return setmetatable({ x = x, y = y, x_vel = x_vel, y_vel = y_vel }, Ball)
end

-- One step; true when the ball hit at least one wall.
function Ball:bounce()
    local x_limit = 500
    local y_limit = 500
    local bounced = false
    self.x = self.x + self.x_vel
    self.y = self.y + self.y_vel
    if self.x > x_limit then
        self.x = x_limit; self.x_vel = 0 - math.abs(self.x_vel); bounced = true
    end
    if self.x < 0 then
        self.x = 0; self.x_vel = math.abs(self.x_vel); bounced = true
    end
    if self.y > y_limit then
        self.y = y_limit; self.y_vel = 0 - math.abs(self.y_vel); bounced = true
    end
    if self.y < 0 then
        self.y = 0; self.y_vel = math.abs(self.y_vel); bounced = true
    end
    return bounced
end

local Bounce = {}
Bounce.__index = Bounce

function Bounce.new()
    return setmetatable({}, Bounce)
end

function Bounce:benchmark()
    local random = awfy.random()
    local ball_count = 100
    local bounces = 0
    local balls = {}
    for i = 1, ball_count do
        balls[i] = Ball.new(random)
    end
    for _ = 1, 50 do
        for _, ball in ipairs(balls) do
            if ball:bounce() then
                bounces = bounces + 1
            end
        end
    end
    return bounces
end

function Bounce:verify_result(result)
    return result == 1331
end

local bench = Bounce.new()
awfy.run({
    benchmark = function() return bench:benchmark() end,
    verify_result = function(result) return bench:verify_result(result) end,
}, "Bounce", 700)
