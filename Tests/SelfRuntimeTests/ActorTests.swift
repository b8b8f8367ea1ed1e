import Testing

@testable import SelfRuntime

/// White-box tests of the actor machinery: the mailbox ring buffer, blessing, and
/// per-actor heaps and their collections. The rules as programs see them are tested
/// by the script tests in `Tests/Scripts/actors/`.
@Suite struct MailboxTests {
    @Test func messagesComeOutInOrderAcrossWrapAroundAndGrowth() {
        var mailbox = Mailbox()
        let arguments = UnsafeMutablePointer<Value>.allocate(capacity: 8)
        defer { arguments.deallocate() }
        var expected: [(Int, Int)] = []  // (sender, argument count)
        var next = 0
        // Interleave appends and removals so that messages wrap around the buffer's
        // end, and let the queue grow well past the first buffer.
        for round in 0..<200 {
            for _ in 0..<(round % 7 + 1) {
                let count = next % 4
                let values = (0..<count).map { Value(integer: Int64(next * 10 + $0)) }
                mailbox.append(sender: next, method: Value(integer: Int64(next)), arguments: values)
                expected.append((next, count))
                next += 1
            }
            for _ in 0..<(round % 5) where !expected.isEmpty {
                let (sender, count) = expected.removeFirst()
                let first = mailbox.first()
                #expect(first?.sender == sender)
                #expect(first?.argumentCount == count)
                #expect(first?.method == Value(integer: Int64(sender)))
                mailbox.removeFirst(copyingArgumentsTo: arguments)
                for index in 0..<count { #expect(arguments[index] == Value(integer: Int64(sender * 10 + index))) }
            }
            #expect(mailbox.count == expected.count)
        }
        var visited = 0
        mailbox.visitRoots { _ in visited += 1 }
        #expect(visited == expected.reduce(0) { $0 + 3 + $1.1 })
        mailbox.release()
        #expect(mailbox.isEmpty)
        #expect(mailbox.first() == nil)
    }
}

@Suite struct BlessingTests {
    /// A VM in actor mode by hand: a regular actor to bless into.
    func makeTarget(_ test: TestVM) -> Actor {
        let genesis = test.vm.makeActor(role: .genesis)
        test.vm.actorMode = ActorMode(genesis: genesis)
        let target = test.vm.makeActor(role: .regular)
        test.vm.actorMode?.actors.append(target)
        return target
    }

    @Test func copiesKeepSharingAndCyclesAndLeaveOriginalsIntact() throws {
        let test = TestVM()
        // Not globally reachable: built in a method's locals, then kept in a handle.
        let graph = try #require(
            test.value(
                """
                (| make = ( | s. o. a |
                    s: (| n <- 7 |).
                    o: (| left <- 0. right <- 0. me <- 0. items <- 0 |).
                    a: ((_ArrayCopySize: 0 FillingExtrasWith: 0) _ArrayCopySize: 3 FillingExtrasWith: 0).
                    a _ArrayAt: 0 Put: s.
                    a _ArrayAt: 1 Put: o.
                    a _ArrayAt: 2 Put: 'text'.
                    o left: s. o right: s. o me: o. o items: a.
                    o ) |) make
                """))
        let handle = test.heap.protect(graph)
        defer { test.heap.handles.removeLast() }
        let target = makeTarget(test)
        let original = test.heap.handles[handle].object
        let originalMap = original.map
        let copy = try test.vm.bless(original.value, into: target).get().object

        #expect(copy != original)
        #expect(copy.actorID == target.id)
        #expect(!copy.isGloballyReachable)
        #expect(original.map == originalMap)
        #expect(!original.flag(HeaderBits.forwarded))
        func slot(_ object: ObjectRef, _ name: String) -> Value {
            let map = object.map
            let index = map.mapIndex(of: test.memory.selectors.intern(name))!
            return test.memory.field(object, map.mapSlotField(index))
        }
        // Sharing inside the graph is kept, and the cycle points at the copy.
        #expect(slot(copy, "left") == slot(copy, "right"))
        #expect(slot(copy, "left") != slot(original, "left"))
        #expect(slot(copy, "me") == copy.value)
        // The array's elements are copied one by one (ZigSelf's defect is not there).
        let items = slot(copy, "items").object
        #expect(items.kind == .array)
        #expect(items != slot(original, "items").object)
        #expect(items[word: 3] == slot(copy, "left"))
        #expect(items[word: 4] == copy.value)
        #expect(test.memory.string(items[word: 5]) == "text")
        #expect(items[word: 5] != slot(original, "items").object[word: 5])
        // Integers and globally reachable objects are shared.
        #expect(slot(slot(copy, "left").object, "n") == Value(integer: 7))
        #expect(try test.vm.bless(test.vm.memory.nilValue, into: target).get() == test.vm.memory.nilValue)
        #expect(try test.vm.bless(test.vm.memory.known.lobby, into: target).get() == test.vm.memory.known.lobby)
        test.vm.leaveActorMode()
    }

    @Test func blocksAndActorObjectsCannotBeBlessed() throws {
        let test = TestVM()
        let block = try #require(test.value("(| b = ( [ 3 ] ) |) b"))
        let handle = test.heap.protect(block)
        defer { test.heap.handles.removeLast() }
        let target = makeTarget(test)
        #expect(throws: PrimitiveFailure.self) { try test.vm.bless(test.heap.handles[handle], into: target).get() }
        let actorObject = test.vm.makeActorHandle(.actorObject, for: target.id)
        #expect(throws: PrimitiveFailure.self) { try test.vm.bless(actorObject, into: target).get() }
        // A failed blessing gives every original its map back.
        #expect(!test.heap.handles[handle].object.flag(HeaderBits.forwarded))
        test.vm.leaveActorMode()
    }
}

@Suite struct ActorHeapTests {
    @Test func anActorsCollectionsStayInItsHeap() throws {
        let test = TestVM()
        let global = try #require(test.value("(| a <- 1 |)"))
        let globalHandle = test.heap.protect(global)
        test.vm.memory.globalHeap.collectYoung()
        let globalObject = test.heap.handles[globalHandle].object
        test.heap.handles.removeLast()
        let globalMinor = test.vm.memory.globalHeap.minorCollections
        let genesis = test.vm.makeActor(role: .genesis)
        test.vm.actorMode = ActorMode(genesis: genesis)
        test.vm.switchTo(genesis)
        let heap = genesis.heap
        #expect(heap.nurseryCapacity == 0)

        // Allocate far more than the first nursery, keeping every tenth object alive
        // through the actor's context (a root of its heap only).
        genesis.context = test.memory.allocateArray(count: 100, fill: test.memory.nilValue).value
        for index in 0..<20_000 {
            let array = test.memory.allocateArray(count: 4, fill: globalObject.value)
            if index % 10 == 0 {
                test.memory.heap.store(array.value, into: genesis.context.object, at: 3 + index / 10 % 100)
            }
        }
        #expect(heap.minorCollections > 0)
        #expect(heap.nurseryCapacity > Heap.actorNurseryInitialBytes)
        let fullCollections = heap.fullCollections
        heap.collectFull()
        #expect(heap.fullCollections == fullCollections + 1)
        // Nothing global was collected, moved or left marked.
        #expect(test.vm.memory.globalHeap.minorCollections == globalMinor)
        #expect(!globalObject.flag(HeaderBits.marked))
        #expect(globalObject.isOld)
        let kept = genesis.context.object[word: 3].object
        #expect(kept.kind == .array)
        #expect(kept.actorID == genesis.id)
        #expect(kept[word: 3] == globalObject.value)
        test.vm.leaveActorMode()
        #expect(test.vm.current === test.vm.globalActor)
    }

    @Test func aFinishedActorLeavesOnlyATombstone() {
        let test = TestVM()
        let genesis = test.vm.makeActor(role: .genesis)
        let mode = ActorMode(genesis: genesis)
        test.vm.actorMode = mode
        let actor = test.vm.makeActor(role: .regular)
        mode.actors.append(actor)
        actor.yieldReason = .dead
        test.vm.releaseActor(actor)
        #expect(mode.actor(actor.id) === test.vm.tombstones.dead)
        #expect(mode.actor(actor.id)?.yieldReason == .dead)
        test.vm.leaveActorMode()
    }

    @Test func anIdleActorAllocatesNoNursery() {
        let test = TestVM()
        let actor = test.vm.makeActor(role: .regular)
        #expect(actor.heap.nurseryCapacity == 0)
        #expect(actor.stack.registerCapacity == ExecutionStack.actorRegisterCapacity)
        #expect(actor.stack.frameCapacity == ExecutionStack.actorFrameCapacity)
    }
}
