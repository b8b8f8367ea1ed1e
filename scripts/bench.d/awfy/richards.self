"richards.self: the Richards benchmark of 'Are We Fast Yet', Martin Richards'
 simulation of an operating system's task scheduler. Six tasks (an idler, a
 worker, two handlers and two devices) pass packets to each other; one run
 of the scheduler must queue 23246 packets and hold a task 9297 times.
 The same program as richards.lua; scripts/bench section awfy-richards.

 As in the suite, a task's work is a block made when the task is created;
 it sees the scheduler as self. Queues are chains of packets through their
 link slots, and nil stands for both 'no task' and 'no packet'."

'harness.self' _RunScript.

_AddSlots: (|
    "The root of the benchmark's objects: its constants, and appending a
     packet to a queue."
    rbObject = (|
        parent* = std traits clonable.

        noTask = nil.
        noWork = nil.

        idler = 0.
        worker = 1.
        handlerA = 2.
        handlerB = 3.
        deviceA = 4.
        deviceB = 5.
        numTypes = 6.

        devicePacketKind = 0.
        workPacketKind = 1.

        dataSize = 4.

        "Puts packet at the end of the queue starting at queueHead; answers
         the queue's new head."
        append: packet Head: queueHead = ( | mouse. link |
            packet link: noWork.
            noWork == queueHead ifTrue: [ ^ packet ].
            mouse: queueHead.
            [ link: mouse link. noWork == link ] whileFalse: [ mouse: link ].
            mouse link: packet.
            queueHead ).
    |).
|).

_AddSlots: (|
    "What a task is doing: whether a packet waits for it, whether it waits
     for one, and whether it is held."
    taskStateTraits = (|
        parent* = rbObject.

        isPacketPending = (packetPendingFlag).
        isTaskHolding = (taskHoldingFlag).
        isTaskWaiting = (taskWaitingFlag).

        setTaskHolding: b = (taskHoldingFlag: b).
        setTaskWaiting: b = (taskWaitingFlag: b).
        setPacketPending: b = (packetPendingFlag: b).

        packetPending = (
            packetPendingFlag: true.
            taskWaitingFlag: false.
            taskHoldingFlag: false ).

        running = (
            packetPendingFlag: false.
            taskWaitingFlag: false.
            taskHoldingFlag: false ).

        waiting = (
            packetPendingFlag: false.
            taskHoldingFlag: false.
            taskWaitingFlag: true ).

        waitingWithPacket = (
            taskHoldingFlag: false.
            taskWaitingFlag: true.
            packetPendingFlag: true ).

        isTaskHoldingOrWaiting = (
            taskHoldingFlag || [ packetPendingFlag not && [ taskWaitingFlag ] ] ).

        isWaitingWithPacket = (
            (packetPendingFlag && [ taskWaitingFlag ]) && [ taskHoldingFlag not ] ).

        "New states, sent to the prototype taskState."
        createRunning = ( | t | t: copy. t running. t ).
        createWaiting = ( | t | t: copy. t waiting. t ).
        createWaitingWithPacket = ( | t | t: copy. t waitingWithPacket. t ).
    |).
|).

_AddSlots: (|
    taskState = (|
        parent* = taskStateTraits.
        packetPendingFlag <- false.
        taskWaitingFlag <- false.
        taskHoldingFlag <- false.
    |).

    "The private data of the four kinds of task."
    deviceTaskDataRecord = (|
        parent* = rbObject.
        pending.
        new = (copy pending: noWork).
    |).

    handlerTaskDataRecord = (|
        parent* = rbObject.
        workIn.
        deviceIn.
        new = (copy workIn: noWork; deviceIn: noWork).
        deviceInAdd: packet = (deviceIn: (append: packet Head: deviceIn)).
        workInAdd: packet = (workIn: (append: packet Head: workIn)).
    |).

    idleTaskDataRecord = (|
        parent* = rbObject.
        control <- 1.
        count <- 10000.
        new = (copy control: 1; count: 10000).
    |).

    workerTaskDataRecord = (|
        parent* = rbObject.
        destination <- 2.
        count <- 0.
        new = (copy destination: handlerA; count: 0).
    |).

    "A packet: the next packet of its queue, the task it is addressed to
     (then the one that sent it), its kind, and four data words."
    packet = (|
        parent* = rbObject.
        link.
        identity <- 0.
        kind <- 0.
        datum <- 0.
        data.
        copyLink: l Identity: i Kind: k = (
            copy link: l; identity: i; kind: k; datum: 0;
                data: (std array copySize: dataSize FillingExtrasWith: 0) ).
    |).

    "A task: its state, its place in the list of all tasks, its queue of
     input packets, its private data and its work."
    taskControlBlockTraits = (|
        parent* = taskStateTraits.

        copyLink: l Identity: i Priority: p Input: q State: s Handle: h Function: f = ( | t |
            t: copy.
            t link: l; identity: i; priority: p; input: q.
            t setPacketPending: s isPacketPending.
            t setTaskWaiting: s isTaskWaiting.
            t setTaskHolding: s isTaskHolding.
            t handle: h; function: f ).

        "Queues packet; answers the task to run next: the receiver if it had
         no input and outranks oldTask, otherwise oldTask."
        addInput: packet CheckPriority: oldTask = (
            noWork == input
                ifTrue: [
                    input: packet.
                    setPacketPending: true.
                    priority > oldTask priority ifTrue: [ ^ self ] ]
                False: [ input: (append: packet Head: input) ].
            oldTask ).

        "Runs the task's work on its first input packet, if it waits with one;
         answers the task to run next."
        runTask = ( | message |
            isWaitingWithPacket
                ifTrue: [
                    message: input.
                    input: message link.
                    noWork == input ifTrue: [ running ] False: [ packetPending ] ]
                False: [ message: noWork ].
            function value: message With: handle ).
    |).
|).

_AddSlots: (|
    taskControlBlock = (|
        parent* = taskControlBlockTraits.
        packetPendingFlag <- false.
        taskWaitingFlag <- false.
        taskHoldingFlag <- false.
        link.
        identity <- 0.
        priority <- 0.
        input.
        handle.
        function.
    |).

    "The scheduler: the tasks, by identity and as a list in priority order,
     the task running, and the two counts the benchmark checks."
    scheduler = (|
        parent* = rbObject.
        queuePacketCount <- 0.
        holdCount <- 0.
        taskTable.
        taskList.
        currentTask.
        currentTaskIdentity <- 0.

        new = (
            copy queuePacketCount: 0; holdCount: 0;
                taskTable: (std array copySize: numTypes FillingExtrasWith: noTask);
                taskList: noTask; currentTask: noTask; currentTaskIdentity: 0 ).

        createDevice: identity Priority: priority Work: workPacket State: state = (
            createTask: identity Priority: priority Work: workPacket State: state
                Data: deviceTaskDataRecord new
                Function: [| :workArg. :wordArg. dataRecord. functionWork |
                    dataRecord: wordArg.
                    functionWork: workArg.
                    noWork == functionWork
                        ifTrue: [
                            functionWork: dataRecord pending.
                            noWork == functionWork
                                ifTrue: [ markWaiting ]
                                False: [
                                    dataRecord pending: noWork.
                                    queuePacket: functionWork ] ]
                        False: [
                            dataRecord pending: functionWork.
                            holdSelf ] ] ).

        createHandler: identity Priority: priority Work: workPacket State: state = (
            createTask: identity Priority: priority Work: workPacket State: state
                Data: handlerTaskDataRecord new
                Function: [| :work. :word. dataRecord. workPacket. count. devicePacket |
                    dataRecord: word.
                    noWork == work ifFalse: [
                        workPacketKind = work kind
                            ifTrue: [ dataRecord workInAdd: work ]
                            False: [ dataRecord deviceInAdd: work ] ].
                    workPacket: dataRecord workIn.
                    noWork == workPacket
                        ifTrue: [ markWaiting ]
                        False: [
                            count: workPacket datum.
                            count >= dataSize
                                ifTrue: [
                                    dataRecord workIn: workPacket link.
                                    queuePacket: workPacket ]
                                False: [
                                    devicePacket: dataRecord deviceIn.
                                    noWork == devicePacket
                                        ifTrue: [ markWaiting ]
                                        False: [
                                            dataRecord deviceIn: devicePacket link.
                                            devicePacket datum: (workPacket data at: count).
                                            workPacket datum: count + 1.
                                            queuePacket: devicePacket ] ] ] ] ).

        createIdler: identity Priority: priority Work: work State: state = (
            createTask: identity Priority: priority Work: work State: state
                Data: idleTaskDataRecord new
                Function: [| :workArg. :wordArg. dataRecord |
                    dataRecord: wordArg.
                    dataRecord count: dataRecord count - 1.
                    0 = dataRecord count
                        ifTrue: [ holdSelf ]
                        False: [
                            0 = (dataRecord control bitAnd: 1)
                                ifTrue: [
                                    dataRecord control: dataRecord control / 2.
                                    release: deviceA ]
                                False: [
                                    dataRecord control: ((dataRecord control / 2) bitXor: 53256).
                                    release: deviceB ] ] ] ).

        createPacket: link Identity: identity Kind: kind = (
            packet copyLink: link Identity: identity Kind: kind ).

        createTask: identity Priority: priority Work: work State: state Data: data Function: fn = ( | t |
            t: (taskControlBlock copyLink: taskList Identity: identity Priority: priority
                    Input: work State: state Handle: data Function: fn).
            taskList: t.
            taskTable at: identity Put: t ).

        createWorker: identity Priority: priority Work: workPacket State: state = (
            createTask: identity Priority: priority Work: workPacket State: state
                Data: workerTaskDataRecord new
                Function: [| :work. :word. data |
                    data: word.
                    noWork == work
                        ifTrue: [ markWaiting ]
                        False: [
                            data destination: (handlerA = data destination
                                ifTrue: [ handlerB ]
                                False: [ handlerA ]).
                            work identity: data destination.
                            work datum: 0.
                            0 to: dataSize Do: [| :i |
                                data count: data count + 1.
                                data count > 26 ifTrue: [ data count: 1 ].
                                work data at: i Put: (65 + data count) - 1 ].
                            queuePacket: work ] ] ).

        "Builds the six tasks and their packets, runs them until no task can
         run, and answers whether the counts are right."
        start = ( | workQ |
            createIdler: idler Priority: 0 Work: noWork State: taskState createRunning.
            workQ: (createPacket: noWork Identity: worker Kind: workPacketKind).
            workQ: (createPacket: workQ Identity: worker Kind: workPacketKind).

            createWorker: worker Priority: 1000 Work: workQ State: taskState createWaitingWithPacket.
            workQ: (createPacket: noWork Identity: deviceA Kind: devicePacketKind).
            workQ: (createPacket: workQ Identity: deviceA Kind: devicePacketKind).
            workQ: (createPacket: workQ Identity: deviceA Kind: devicePacketKind).

            createHandler: handlerA Priority: 2000 Work: workQ State: taskState createWaitingWithPacket.
            workQ: (createPacket: noWork Identity: deviceB Kind: devicePacketKind).
            workQ: (createPacket: workQ Identity: deviceB Kind: devicePacketKind).
            workQ: (createPacket: workQ Identity: deviceB Kind: devicePacketKind).

            createHandler: handlerB Priority: 3000 Work: workQ State: taskState createWaitingWithPacket.
            createDevice: deviceA Priority: 4000 Work: noWork State: taskState createWaiting.
            createDevice: deviceB Priority: 5000 Work: noWork State: taskState createWaiting.

            schedule.

            (queuePacketCount = 23246) && [ holdCount = 9297 ] ).

        findTask: identity = ( | t |
            t: (taskTable at: identity).
            noTask == t ifTrue: [ _Error: 'findTask failed' ].
            t ).

        holdSelf = (
            holdCount: holdCount + 1.
            currentTask setTaskHolding: true.
            currentTask link ).

        queuePacket: packet = ( | t |
            t: (findTask: packet identity).
            noTask == t ifTrue: [ ^ noTask ].
            queuePacketCount: queuePacketCount + 1.
            packet link: noWork.
            packet identity: currentTaskIdentity.
            t addInput: packet CheckPriority: currentTask ).

        release: identity = ( | t |
            t: (findTask: identity).
            noTask == t ifTrue: [ ^ noTask ].
            t setTaskHolding: false.
            t priority > currentTask priority
                ifTrue: [ t ]
                False: [ currentTask ] ).

        markWaiting = (
            currentTask setTaskWaiting: true.
            currentTask ).

        "Runs tasks, in the order of the task list, until none is left."
        schedule = (
            currentTask: taskList.
            [ noTask == currentTask ] whileFalse: [
                currentTask isTaskHoldingOrWaiting
                    ifTrue: [ currentTask: currentTask link ]
                    False: [
                        currentTaskIdentity: currentTask identity.
                        currentTask: currentTask runTask ] ].
            self ).
    |).

    richards = (|
        parent* = std traits clonable.
        benchmark = (scheduler new start).
        verifyResult: result = (result).
    |).
|).

awfy run: richards Named: 'Richards' Iterations: 15.
