-- fib.lua: recursive Fibonacci, the same algorithm as fib.self. Usage: lua5.4 fib.lua [N=32]
local function fib(n)
    if n < 2 then return n else return fib(n - 1) + fib(n - 2) end
end

print(fib(tonumber(arg[1] or 32)))
