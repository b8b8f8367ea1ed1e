"os.self: std os, which forwards to the system-call primitives
 (world-api.md 18, primitives.md 3.7).

 std os has no parent, so its methods can use nothing but their arguments and
 primitives ('_Nil' stands in for nil)."

std _AddSlots: (|
    os = (|
        openFile: path WithFlags: flags IfFail: fb = (
            _Open: path WithFlags: flags IfFail: fb ).

        read: n BytesInto: buffer AtOffset: offset From: fd IfFail: fb = (
            _Read: n BytesInto: buffer AtOffset: offset From: fd IfFail: fb ).

        write: n BytesFrom: buffer AtOffset: offset Into: fd IfFail: fb = (
            _Write: n BytesFrom: buffer AtOffset: offset Into: fd IfFail: fb ).

        pollFDs: fds Events: events WaitingForMS: ms IfFail: fb = (
            _PollFDs: fds Events: events WaitingForMS: ms IfFail: fb ).

        "Extension: the monotonic clock (CLOCK_MONOTONIC), in nanoseconds and
         in whole milliseconds. Only differences between readings mean
         anything."
        monotonicNanoseconds = (_MonotonicNanoseconds).

        monotonicMilliseconds = (_MonotonicNanoseconds _IntDiv: 1000000).

        "Sends 'blk value: onError'. blk passes onError as the failure block of
         a primitive. When onError gets errno 4 (EINTR), blk runs again from
         its start; any other errno makes this method answer 'fb value: errno'.
         Answers nil when blk finishes. (ZigSelf compares the errno with a
         string and never retries: world-api.md 22.)"
        tryWhileInterrupted: blk IfFail: fb = (
            [| :retry |
                blk value: [| :errno |
                    4 = errno ifTrue: [ retry value ].
                    ^ fb value: errno ].
                ^ _Nil ] loopContinue ).
    |).
|).
