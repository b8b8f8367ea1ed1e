"_PollFDs:Events:WaitingForMS:IfFail: answers the number of descriptors with
 events and overwrites the events array in place (primitives.md 3.7). A
 /dev/null descriptor is always ready for writing (POLLOUT is 4 on Linux)."
(|
    parent* = std testing test.

    run = ( | fd. fds. events |
        fd: (_Open: '/dev/null' WithFlags: 1 IfFail: [| :e | _Error: 'cannot open /dev/null' ]).
        fds: (std array _ArrayCopySize: 1 FillingExtrasWith: fd).
        events: (std array _ArrayCopySize: 1 FillingExtrasWith: 4).
        expect: (_PollFDs: fds Events: events WaitingForMS: 0 IfFail: [| :e | e negate ]) ToBe: 1.
        expect: ((events _ArrayAt: 0) bitAnd: 4) ToBe: 4.
        _Close: fd ).
|) run.
