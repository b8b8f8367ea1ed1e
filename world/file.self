"file.self: std file, std in and std out (world-api.md 19).

 A file object holds a managed descriptor in 'fd' (nil when closed) and sets
 'atEOF' once a read returns no bytes. std traits file is a singleton, so
 'copy' answers the same object: new files come from clone (copyAdopting:,
 open:...). std in and std out adopt the VM's standard descriptors; there is
 no std err. Paths are relative to the process's working directory.

 Every read variant except readLine ends in readMin:Max:IfFail:. Messages
 without IfFail: use raiseError, which turns an OS error into a runtime error.
 Each read records end of file in the file object's atEOF slot, so reading
 std in (a global object) fails inside actors, as in ZigSelf (actors.md 6.3)."

std traits _AddSlots: (|
    file = (|
        parent* = std traits singleton.

        defaultReadMaximum = 8192.

        "A new file object open for reading (flags 0). Quirk: if fb returns
         normally, its result becomes the new file's fd."
        open: path IfFail: fb = (open: path WithFlags: 0 IfFail: fb).
        open: path = (open: path WithFlags: 0 IfFail: raiseError).
        open: path WithFlags: flags = (open: path WithFlags: flags IfFail: raiseError).

        "The same with native open(2) flags. Sent to an open file, it fails."
        open: path WithFlags: flags IfFail: fb = (
            nil == fd ifFalse: [ _Error: 'Attempted to call std file open:WithFlags: on an open file' ].
            copyAdopting: (std os openFile: path WithFlags: flags IfFail: fb) ).

        "A clone that holds the descriptor descriptor."
        copyAdopting: descriptor = (clone fd: descriptor; atEOF: false).

        "All remaining bytes as one string."
        readAll = (readAllIfFail: raiseError).
        readAllIfFail: fb = ( | pieces |
            pieces: std vector copyRemoveAll.
            [ atEOF ] whileFalse: [ pieces add: (readIfFail: fb) ].
            '' join: pieces ).

        "At least 1 and at most defaultReadMaximum bytes; '' at end of file."
        read = (readIfFail: raiseError).
        readIfFail: fb = (readMin: 1 Max: defaultReadMaximum IfFail: fb).

        "At least n bytes, or fewer at end of file."
        readMin: n = (readMin: n IfFail: raiseError).
        readMin: n IfFail: fb = (readMin: n Max: (n max: defaultReadMaximum) IfFail: fb).

        "Between 1 and n bytes."
        readMax: n = (readMax: n IfFail: raiseError).
        readMax: n IfFail: fb = (readMin: 1 Max: n IfFail: fb).

        readMin: min Max: max = (readMin: min Max: max IfFail: raiseError).

        "Reads until at least min bytes have arrived or the end of the file is
         reached; answers at most max bytes. Answers '' when atEOF is already
         true."
        readMin: min Max: max IfFail: fb = ( | buffer. count. n |
            atEOF ifTrue: [ ^ '' ].
            buffer: ('' _ByteArrayCopySize: max FillingExtrasWith: ' ').
            count: 0.
            [ count < min ifTrue: [ atEOF not ] False: [ false ] ] whileTrue: [
                n: (std os read: max - count BytesInto: buffer AtOffset: count From: fd IfFail: fb).
                atEOF: n = 0.
                count: count + n ].
            buffer _ByteArrayCopySize: count FillingExtrasWith: ' ' ).

        "The next line without its LF, read one byte at a time; '' at end of
         file."
        readLine = (readLineIfFail: raiseError).
        readLineIfFail: fb = ( | line. count. byte. more |
            atEOF ifTrue: [ ^ '' ].
            line: ('' _ByteArrayCopySize: 80 FillingExtrasWith: ' ').
            count: 0.
            byte: ('' _ByteArrayCopySize: 1 FillingExtrasWith: ' ').
            more: true.
            [ more ] whileTrue: [
                atEOF: (std os read: 1 BytesInto: byte AtOffset: 0 From: fd IfFail: fb) = 0.
                atEOF
                    ifTrue: [ more: false ]
                    False: [
                        (byte _ByteAt: 0) = 10
                            ifTrue: [ more: false ]
                            False: [
                                count = line size ifTrue: [
                                    line: (line _ByteArrayCopySize: count * 2 FillingExtrasWith: ' ') ].
                                line _ByteAt: count Put: (byte _ByteAt: 0).
                                count: count + 1 ] ] ].
            line _ByteArrayCopySize: count FillingExtrasWith: ' ' ).

        "Writes all of s, continuing after partial writes; answers the number
         of bytes written. (ZigSelf restarts from the first byte:
         world-api.md 22.)"
        write: s = (write: s IfFail: raiseError).
        write: s IfFail: fb = ( | total. written |
            total: s size.
            written: 0.
            [ written < total ] whileTrue: [
                written: written + (std os write: total - written BytesFrom: s AtOffset: written Into: fd IfFail: fb) ].
            total ).

        "Closes the descriptor and sets fd to nil; answers self."
        close = (
            nil == fd ifFalse: [ _Close: fd ].
            fd: nil ).
    |).
|).

std _AddSlots: (|
    file = (|
        parent* = std traits file.
        fd.
        atEOF <- false.
    |).
|).

std _AddSlots: (|
    in = std file copyAdopting: _ManagedStdin.
    out = std file copyAdopting: _ManagedStdout.
|).
