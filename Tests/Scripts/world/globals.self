"globals.self: the world's object graph (world-api.md 1, 2)."

(|
    parent* = std testing test.

    run = (
        testLobby.
        testTraits.
        testInheritance ).

    testLobby = (
        expect: nil ToBeIdenticalTo: _Nil.
        expect: lobby lobby ToBeIdenticalTo: lobby.
        "std, globals and float traits have no parent: compare with _Eq:."
        expectToBeTrue: (globals std _Eq: std).
        expect: globals true ToBeIdenticalTo: (0 < 1).
        expect: globals false ToBeIdenticalTo: (1 < 0).
        expect: lobby nil ToBeIdenticalTo: nil ).

    testTraits = (
        expect: 0 parent ToBeIdenticalTo: std traits integer.
        expect: 'abc' parent ToBeIdenticalTo: std traits string.
        expect: [ 1 ] parent ToBeIdenticalTo: std traits block.
        expect: std array parent ToBeIdenticalTo: std traits array.
        expect: (std array copySize: 2) parent ToBeIdenticalTo: std traits array.
        expectToBeTrue: (1.5 parent _Eq: std traits float).
        expect: std vector parent ToBeIdenticalTo: std traits vector.
        expect: std hashTable parent ToBeIdenticalTo: std traits hashTable.
        expect: std hashSet parent ToBeIdenticalTo: std traits hashSet.
        expect: std hashMap parent ToBeIdenticalTo: std traits hashMap.
        expect: std list parent ToBeIdenticalTo: std traits list.
        expect: std link parent ToBeIdenticalTo: std traits link.
        expect: std collector parent ToBeIdenticalTo: std traits collector.
        expect: std sortKey parent ToBeIdenticalTo: std traits sortKey.
        expect: std sortKeyFactory parent ToBeIdenticalTo: std traits sortKeyFactory.
        expect: std file parent ToBeIdenticalTo: std traits file.
        expect: std string ToBe: ''.
        expect: std array size ToBe: 0 ).

    testInheritance = (
        expect: std traits clonable parent ToBeIdenticalTo: lobby.
        expect: std traits singleton parent ToBeIdenticalTo: lobby.
        expect: std traits integer parent ToBeIdenticalTo: std traits clonable.
        expect: std traits string parent ToBeIdenticalTo: std traits collection.
        expect: std traits array parent ToBeIdenticalTo: std traits collection.
        expect: std traits block parent ToBeIdenticalTo: std traits clonable.
        expect: std traits collection parent ToBeIdenticalTo: std traits clonable.
        expect: nil parent ToBeIdenticalTo: std traits singleton.
        expect: true parent ToBeIdenticalTo: false parent.
        expect: true parent parent ToBeIdenticalTo: std traits singleton.
        expect: std testing test parent ToBeIdenticalTo: std traits singleton.
        expect: std traits file parent ToBeIdenticalTo: std traits singleton.
        "Everything that inherits from the lobby sees the globals."
        expectToBeTrue: (3 std _Eq: std).
        expect: 'x' nil ToBeIdenticalTo: nil.
        expect: [] true ToBeIdenticalTo: true.
        expect: nil false ToBeIdenticalTo: false.
        expect: std vector lobby ToBeIdenticalTo: lobby ).
|) run.
