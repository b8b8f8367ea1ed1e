"Control blocks only work while their loop method runs: an exit block used
 after break has returned makes a non-local return to a dead activation."
(|
    parent* = std traits clonable.
    saved.
    grab = ([| :exit | saved: exit ] break).
    run = (
        grab.
        saved value ).
|) run.
