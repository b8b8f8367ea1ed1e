"A failed _GetAddrInfoFor... lookup sends value: to the failure object with
 the EAI code as glibc numbers it, a negative number (primitives.md 3.7 says
 SHOULD; docs/primitives-extensions.md): -2 EAI_NONAME, -6 EAI_FAMILY,
 -7 EAI_SOCKTYPE. AI_NUMERICHOST (4) keeps the name server out of it."
(|
    parent* = std testing test.

    run = (
        expect: (_GetAddrInfoForHost: 'not-a-number' Port: 0 Family: 2 SocketType: 1 Protocol: 0 Flags: 4
            IfFail: [| :e | e negate ]) ToBe: 2.
        expect: (_GetAddrInfoForHost: '127.0.0.1' Port: 0 Family: 12345 SocketType: 1 Protocol: 0 Flags: 0
            IfFail: [| :e | e negate ]) ToBe: 6.
        expect: (_GetAddrInfoForHost: '127.0.0.1' Port: 0 Family: 2 SocketType: 12345 Protocol: 0 Flags: 0
            IfFail: [| :e | e negate ]) ToBe: 7.
        "Any object answering value: will do."
        expect: (_GetAddrInfoForHost: 'not-a-number' Port: 0 Family: 2 SocketType: 1 Protocol: 0 Flags: 4
            IfFail: (| value: e = ('failed ', e negate asString) |)) ToBe: 'failed 2' ).
|) run.
