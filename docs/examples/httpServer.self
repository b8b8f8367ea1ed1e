"httpServer.self: a small HTTP/1.0 server on 127.0.0.1, one actor per connection.

     echo 8080 | self docs/examples/httpServer.self

 It reads the port from the first line of standard input (programs cannot read
 their arguments, and std in cannot be read inside actors, so this happens
 before actor mode), prints 'listening on http://127.0.0.1:PORT/' once the
 socket listens, and answers every request with 200 OK and a short text that
 includes the request path. A request for /quit is answered, then the server
 ends the process with status 0.

 Concurrency comes from std scheduler: the acceptor actor owns the listening
 socket and loops on _AcceptFromFD:, which suspends only that actor while no
 connection is pending. Each connection gets its own actor, whose reads suspend
 only that actor, so a client that connects and says nothing does not delay
 the others. Sockets created or accepted inside regular actors are
 non-blocking; writes never block (a full socket buffer gives EAGAIN, and the
 writer yields and tries again).

 Linux values are hard-coded, as ZigSelf programs do: AF_INET 2, SOCK_STREAM 1,
 SOL_SOCKET 1, SO_REUSEADDR 2."

_AddSlots: (|
    httpServer = (|
        parent* = std traits actor.

        port <- 8000.

        "The actor of one connection: reads the request head, answers, closes."
        connection = (|
            parent* = std traits actor.
            socket.
            "The largest request head read; the rest of a longer request is
             ignored."
            maximumRequest = 8192.

            main = ( | request. path |
                request: readRequest.
                request size = 0 ifTrue: [ ^ _Close: socket ].
                path: pathOf: request.
                respond: path.
                _Close: socket.
                path = '/quit' ifTrue: [
                    'quit requested: exiting' printLine.
                    _Exit: 0 ] ).

            "Reads until the end of the request head (an empty line), end of
             file, an error, or maximumRequest bytes. Answers what was read."
            readRequest = ( | buffer. count. n. more |
                buffer: (std string copySize: maximumRequest).
                count: 0.
                more: true.
                [ more ] whileTrue: [
                    n: (_Read: maximumRequest - count BytesInto: buffer AtOffset: count From: socket
                           IfFail: [| :errno | 0 ]).
                    count: count + n.
                    more: (n > 0) && [ (count < maximumRequest) && [ (headEndsIn: buffer Size: count) not ] ] ].
                buffer copyFrom: 0 Size: count ).

            "Whether the first size bytes of buffer hold a blank line."
            headEndsIn: buffer Size: size = ( | text |
                text: (buffer copyFrom: 0 Size: size).
                text findSubstring: '\r\n\r\n' FromIndex: 0 IfPresent: [| :k | ^ true ] IfAbsent: [].
                text findSubstring: '\n\n' FromIndex: 0 IfPresent: [| :k | ^ true ] IfAbsent: [].
                false ).

            "The second word of the request line ('GET /path HTTP/1.1'), or '/'."
            pathOf: request = ( | start. stop |
                start: (request findSubstring: ' ' FromIndex: 0 IfPresent: [| :k | k + 1 ] IfAbsent: [ ^ '/' ]).
                stop: (request findSubstring: ' ' FromIndex: start IfPresent: [| :k | k ] IfAbsent: [ request size ]).
                request findSubstring: '\r' FromIndex: start IfPresent: [| :k | stop: (stop min: k) ] IfAbsent: [].
                request findSubstring: '\n' FromIndex: start IfPresent: [| :k | stop: (stop min: k) ] IfAbsent: [].
                stop <= start ifTrue: [ ^ '/' ].
                request copyFrom: start Until: stop ).

            respond: path = ( | body |
                body: 'Hello from SwiftSelf! You asked for ', path, '\n'.
                send: 'HTTP/1.0 200 OK\r\n',
                      'Content-Type: text/plain; charset=utf-8\r\n',
                      'Content-Length: ', body size asString, '\r\n',
                      'Connection: close\r\n',
                      '\r\n',
                      body ).

            "Writes all of s. EAGAIN (11): yield and try again. Any other
             error (EPIPE when the client has gone): give up."
            send: s = ( | written. n |
                written: 0.
                [ written < s size ] whileTrue: [
                    n: (_Write: s size - written BytesFrom: s AtOffset: written Into: socket
                           IfFail: [| :errno |
                               errno = 11 ifFalse: [ ^ self ].
                               yield.
                               0 ]).
                    written: written + n ].
                self ).
        |).

        main = ( | listener. client. handler |
            listener: listen.
            ('listening on http://127.0.0.1:', port asString, '/') printLine.
            [
                client: (_AcceptFromFD: listener IfFail: [| :errno | nil ]).
                nil == client
                    ifTrue: [ yield ]
                    False: [
                        handler: connection copy.
                        handler socket: client.
                        handler spawn ] ] loop ).

        "A socket listening on 127.0.0.1:port. A failure ends the process with
         status 1 (a runtime error would end only this actor)."
        listen = ( | address. fd |
            address: (_GetAddrInfoForHost: '127.0.0.1' Port: port Family: 2 SocketType: 1 Protocol: 0 Flags: 0
                          IfFail: [| :errno | fail: 'getaddrinfo' Code: errno ]) at: 0.
            fd: (_SocketWithFamily: address family Type: address socketType Protocol: address protocol
                     IfFail: [| :errno | fail: 'socket' Code: errno ]).
            _SetSockOptFD: fd Level: 1 Option: 2 Value: 1 IfFail: [| :errno | fail: 'setsockopt' Code: errno ].
            _BindFD: fd ToSockaddrBytes: address sockaddrBytes IfFail: [| :errno | fail: 'bind' Code: errno ].
            _ListenOnFD: fd WithBacklog: 128 IfFail: [| :errno | fail: 'listen' Code: errno ].
            fd ).

        fail: what Code: errno = (
            ('error: ', what, ' failed with errno ', errno asString) printLine.
            _Exit: 1 ).
    |).
|).

std scheduler startWith: (httpServer copy port: std in readLine asInteger).
