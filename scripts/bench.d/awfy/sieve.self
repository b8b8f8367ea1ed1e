"sieve.self: the Sieve benchmark of 'Are We Fast Yet', as sieve.lua. The
 sieve of Eratosthenes over 1 ... 5000 counts the primes (669)."

'harness.self' _RunScript.

_AddSlots: (|
    sieveBenchmark = (|
        parent* = std traits clonable.

        "flags at: n - 1 says whether n may still be prime."
        sieve: flags Size: size = ( | primeCount <- 0. k |
            2 through: size Do: [| :i |
                (flags at: i - 1) ifTrue: [
                    primeCount: primeCount + 1.
                    k: i + i.
                    [ k <= size ] whileTrue: [
                        flags at: k - 1 Put: false.
                        k: k + i ] ] ].
            primeCount ).

        benchmark = ( | flags |
            flags: (std array copySize: 5000 FillingExtrasWith: true).
            sieve: flags Size: 5000 ).

        verifyResult: result = (result = 669).
    |).
|).

awfy run: sieveBenchmark Named: 'Sieve' Iterations: 2000.
