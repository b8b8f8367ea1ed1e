-- mandelbrot.lua: the Mandelbrot benchmark of "Are We Fast Yet", as mandelbrot.self.
-- Each point of a SIZE x SIZE grid over [-1.5, 0.5) x [-1, 1) is iterated at most
-- 50 times; a point that escapes gives a 1 bit. The bits of a row are packed 8 to a
-- byte (the last byte padded with zeros) and the bytes are combined with xor.
-- Prints the checksum: 50 for SIZE = 750 (the default), 191 for 500, 128 for 1.
-- Usage: lua5.4 mandelbrot.lua [SIZE=750]
local function mandelbrot(size)
    local sum, byteAcc, bitNum = 0, 0, 0
    local y = 0
    while y < size do
        local ci = (2.0 * y / size) - 1.0
        local x = 0
        while x < size do
            local zrzr, zi, zizi = 0.0, 0.0, 0.0
            local cr = (2.0 * x / size) - 1.5
            local z, notDone, escape = 0, true, 0
            while notDone and z < 50 do
                local zr = zrzr - zizi + cr
                zi = 2.0 * zr * zi + ci
                zrzr = zr * zr
                zizi = zi * zi
                if zrzr + zizi > 4.0 then
                    notDone = false
                    escape = 1
                end
                z = z + 1
            end
            byteAcc = (byteAcc << 1) + escape
            bitNum = bitNum + 1
            if bitNum == 8 then
                sum = sum ~ byteAcc
                byteAcc, bitNum = 0, 0
            elseif x == size - 1 then
                byteAcc = byteAcc << (8 - bitNum)
                sum = sum ~ byteAcc
                byteAcc, bitNum = 0, 0
            end
            x = x + 1
        end
        y = y + 1
    end
    return sum
end

print(mandelbrot(tonumber(arg[1] or 750)))
