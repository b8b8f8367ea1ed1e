"harness.self: what the Are We Fast Yet programs of this folder share. Each
 program loads it first ('harness.self' _RunScript, resolved against the
 program's own folder), describes its benchmark as an object answering
 benchmark and verifyResult:, and ends with

     awfy run: myBenchmark Named: 'Name' Iterations: 20.

 That runs the benchmark the given number of times, checks every result, and
 prints one line, 'Name: 20 iterations verified', which scripts/bench compares;
 a result that does not verify is a runtime error, so the process fails.
 harness.lua gives the Lua programs the same frame."

_AddSlots: (|
    awfy = (|
        parent* = std traits clonable.

        "The suite's pseudo-random numbers: a 16-bit linear congruential
         generator started at 74755, so that every language draws the same
         sequence. Clone it (awfy random copy) for a fresh sequence."
        random = (|
            parent* = std traits clonable.
            seed <- 74755.
            next = (
                seed: ((seed * 1309) + 13849) bitAnd: 65535.
                seed ).
        |).

        "Runs benchmark benchmark n times on one copy of the prototype given
         (as the suite's harnesses make one instance of the benchmark's class),
         checking each result with verifyResult:, and prints the line
         scripts/bench expects. Running the prototype itself would make every
         object the benchmark stores globally reachable, which the Lua programs,
         working on an instance, do not pay for."
        run: prototype Named: name Iterations: n = ( | benchmark |
            benchmark: prototype copy.
            0 to: n Do: [| :i. result |
                result: benchmark benchmark.
                (benchmark verifyResult: result) ifFalse: [
                    _Error: name, ': iteration ', i asString, ' gave a wrong result' ] ].
            (name, ': ', n asString, ' iterations verified') printLine.
            self ).
    |).
|).
