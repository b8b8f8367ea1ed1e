"Every slot kind (§4.2) and how §4.3 tells methods, objects and expressions apart."
(|
    parent* = lobby.
    other* <- nil.
    plain.
    counter <- 0.
    three = 3.
    threeMethod = (3).
    size = (items size).
    bigger = (a max: b) + 1.
    copied = (| x = 1 |) clone.
    empty = ().
    holder = (| a |).
    local = (| t <- 0. helper = (t + 1) | t: helper. t).
    at: i Put: v = (| old | old: v. old).
    ++ other = (other).
    succ = (+ 1).
|).
[| :first. temp <- 1. :second | first + second + temp ].
