"bounce.self: the Bounce benchmark of 'Are We Fast Yet', as bounce.lua. A
 hundred balls, placed and launched with the suite's random numbers, move 50
 steps in a 500 x 500 box; the result is how many times a ball hit a wall
 (1331)."

'harness.self' _RunScript.

_AddSlots: (|
    bounceBall = (|
        parent* = std traits clonable.
        x <- 0. y <- 0.
        xVel <- 0. yVel <- 0.

        "A new ball at a random place with a random velocity."
        copyRandom: random = (
            copy x: random next % 500;
                y: random next % 500;
                xVel: (random next % 300) - 150;
                yVel: (random next % 300) - 150 ).

        "One step; true when the ball hit at least one wall."
        bounce = ( | xLimit = 500. yLimit = 500. bounced <- false |
            x: x + xVel.
            y: y + yVel.
            x > xLimit ifTrue: [ x: xLimit. xVel: 0 - xVel abs. bounced: true ].
            x < 0 ifTrue: [ x: 0. xVel: xVel abs. bounced: true ].
            y > yLimit ifTrue: [ y: yLimit. yVel: 0 - yVel abs. bounced: true ].
            y < 0 ifTrue: [ y: 0. yVel: yVel abs. bounced: true ].
            bounced ).
    |).

    bounceBenchmark = (|
        parent* = std traits clonable.

        benchmark = ( | random. ballCount = 100. bounces <- 0. balls |
            random: awfy random copy.
            balls: (std array copySize: ballCount).
            0 to: ballCount Do: [| :i | balls at: i Put: (bounceBall copyRandom: random) ].
            0 to: 50 Do: [| :i |
                balls each: [| :ball | ball bounce ifTrue: [ bounces: bounces + 1 ] ] ].
            bounces ).

        verifyResult: result = (result = 1331).
    |).
|).

awfy run: bounceBenchmark Named: 'Bounce' Iterations: 700.
