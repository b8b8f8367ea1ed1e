"cd.self: the CD benchmark of 'Are We Fast Yet', a collision detector for
 simulated aircraft. Each of 200 frames places the aircraft on two families
 of wavy paths, finds the voxels every motion crosses (kept, like the
 aircraft's state, in red-black trees keyed by comparable objects), and tests
 the motions sharing a voxel pairwise for a close approach. The result is the
 number of collisions over all frames: 4305 for 100 aircraft.
 The same program as cd.lua; scripts/bench section awfy.

 Operators of one kind chain to the right in Self (a - b - c is a - (b - c)),
 so the float expressions are parenthesized in the order Java evaluates them."

'harness.self' _RunScript.

_AddSlots: (|
    "Points on the ground plane, ordered by x, then y (a NaN below any number)."
    cdVector2D = (|
        parent* = std traits clonable.
        x <- 0.0.
        y <- 0.0.

        copyX: ax Y: ay = (copy x: ax; y: ay).

        plus: other = (copyX: x + other x Y: y + other y).
        minus: other = (copyX: x - other x Y: y - other y).

        compareNumbers: a With: b = (
            a = b ifTrue: [ ^ 0 ].
            a < b ifTrue: [ ^ 0 - 1 ].
            a > b ifTrue: [ ^ 1 ].
            a = a ifTrue: [ 1 ] False: [ 0 - 1 ] ).

        compareTo: other = ( | result |
            result: (compareNumbers: x With: other x).
            result != 0 ifTrue: [ ^ result ].
            compareNumbers: y With: other y ).
    |).

    "Points and displacements in space."
    cdVector3D = (|
        parent* = std traits clonable.
        x <- 0.0.
        y <- 0.0.
        z <- 0.0.

        copyX: ax Y: ay Z: az = (copy x: ax; y: ay; z: az).

        plus: other = (copyX: x + other x Y: y + other y Z: z + other z).
        minus: other = (copyX: x - other x Y: y - other y Z: z - other z).
        dot: other = (((x * other x) + (y * other y)) + (z * other z)).
        squaredMagnitude = (dot: self).
        magnitude = (squaredMagnitude sqrt).
        times: amount = (copyX: x * amount Y: y * amount Z: z * amount).
    |).

    "The two colours of the red-black tree's nodes, compared by identity."
    rbRed = 'red'.
    rbBlack = 'black'.

    "A key and its value, as the tree's forEach: hands them out."
    rbEntry = (|
        parent* = std traits clonable.
        key.
        value.

        copyKey: k Value: v = (copy key: k; value: v).
    |).

    rbInsertResult = (|
        parent* = std traits clonable.
        isNewEntry <- false.
        newNode.
        oldValue.

        copyNew: isNew Node: node OldValue: old = (
            copy isNewEntry: isNew; newNode: node; oldValue: old ).
    |).

    "A node of the tree. Its parent in the tree is the slot 'parent', so the
     node's own parent slot is called traits."
    rbNode = (|
        traits* = std traits clonable.
        key.
        value.
        left.
        right.
        parent.
        color.

        copyKey: k Value: v = (copy key: k; value: v; color: rbRed).

        "The leftmost node below and including the receiver."
        treeMinimum = ( | current |
            current: self.
            [ nil !== current left ] whileTrue: [ current: current left ].
            current ).

        "The next node in key order, or nil."
        successor = ( | x. y |
            x: self.
            nil !== x right ifTrue: [ ^ x right treeMinimum ].
            y: x parent.
            [ (nil !== y) && [ x == y right ] ] whileTrue: [
                x: y.
                y: y parent ].
            y ).
    |).
|).

_AddSlots: (|
    "The red-black tree of Cormen et al., a map from keys answering compareTo:."
    redBlackTree = (|
        parent* = std traits clonable.
        root.

        copyEmpty = (copy root: nil).

        "Maps key to val; answers the previous value, or nil for a new key."
        put: key Value: val = ( | insertionResult. x. y |
            insertionResult: (treeInsert: key Value: val).
            insertionResult isNewEntry ifFalse: [ ^ insertionResult oldValue ].
            x: insertionResult newNode.
            [ (x !== root) && [ x parent color == rbRed ] ] whileTrue: [
                x parent == x parent parent left
                    ifTrue: [
                        y: x parent parent right.
                        (nil !== y) && [ y color == rbRed ]
                            ifTrue: [
                                x parent color: rbBlack.
                                y color: rbBlack.
                                x parent parent color: rbRed.
                                x: x parent parent ]
                            False: [
                                x == x parent right ifTrue: [
                                    x: x parent.
                                    leftRotate: x ].
                                x parent color: rbBlack.
                                x parent parent color: rbRed.
                                rightRotate: x parent parent ] ]
                    False: [
                        y: x parent parent left.
                        (nil !== y) && [ y color == rbRed ]
                            ifTrue: [
                                x parent color: rbBlack.
                                y color: rbBlack.
                                x parent parent color: rbRed.
                                x: x parent parent ]
                            False: [
                                x == x parent left ifTrue: [
                                    x: x parent.
                                    rightRotate: x ].
                                x parent color: rbBlack.
                                x parent parent color: rbRed.
                                leftRotate: x parent parent ] ] ].
            root color: rbBlack.
            nil ).

        "Removes key; answers its value, or nil if it was absent."
        remove: key = ( | z. y. x. xParent |
            z: (findNode: key).
            nil == z ifTrue: [ ^ nil ].
            (nil == z left) || [ nil == z right ]
                ifTrue: [ y: z ]
                False: [ y: z successor ].
            nil !== y left
                ifTrue: [ x: y left ]
                False: [ x: y right ].
            nil !== x
                ifTrue: [
                    x parent: y parent.
                    xParent: x parent ]
                False: [ xParent: y parent ].
            nil == y parent
                ifTrue: [ root: x ]
                False: [
                    y == y parent left
                        ifTrue: [ y parent left: x ]
                        False: [ y parent right: x ] ].
            y !== z
                ifTrue: [
                    y color == rbBlack ifTrue: [ removeFixup: x Parent: xParent ].
                    y parent: z parent.
                    y color: z color.
                    y left: z left.
                    y right: z right.
                    nil !== z left ifTrue: [ z left parent: y ].
                    nil !== z right ifTrue: [ z right parent: y ].
                    nil !== z parent
                        ifTrue: [
                            z parent left == z
                                ifTrue: [ z parent left: y ]
                                False: [ z parent right: y ] ]
                        False: [ root: y ] ]
                False: [
                    y color == rbBlack ifTrue: [ removeFixup: x Parent: xParent ] ].
            z value ).

        at: key = ( | node |
            node: (findNode: key).
            nil == node ifTrue: [ ^ nil ].
            node value ).

        "blk value: an entry for every mapping, in ascending key order."
        forEach: blk = ( | current |
            nil == root ifTrue: [ ^ self ].
            current: root treeMinimum.
            [ nil !== current ] whileTrue: [
                blk value: (rbEntry copyKey: current key Value: current value).
                current: current successor ].
            self ).

        findNode: key = ( | current. comparisonResult |
            current: root.
            [ nil !== current ] whileTrue: [
                comparisonResult: (key compareTo: current key).
                comparisonResult = 0 ifTrue: [ ^ current ].
                comparisonResult < 0
                    ifTrue: [ current: current left ]
                    False: [ current: current right ] ].
            nil ).

        treeInsert: key Value: val = ( | x. y. z. comparisonResult. oldValue |
            x: root.
            [ nil !== x ] whileTrue: [
                y: x.
                comparisonResult: (key compareTo: x key).
                comparisonResult < 0
                    ifTrue: [ x: x left ]
                    False: [
                        comparisonResult > 0
                            ifTrue: [ x: x right ]
                            False: [
                                oldValue: x value.
                                x value: val.
                                ^ rbInsertResult copyNew: false Node: nil OldValue: oldValue ] ] ].
            z: (rbNode copyKey: key Value: val).
            z parent: y.
            nil == y
                ifTrue: [ root: z ]
                False: [
                    (key compareTo: y key) < 0
                        ifTrue: [ y left: z ]
                        False: [ y right: z ] ].
            rbInsertResult copyNew: true Node: z OldValue: nil ).

        leftRotate: x = ( | y |
            y: x right.
            x right: y left.
            nil !== y left ifTrue: [ y left parent: x ].
            y parent: x parent.
            nil == x parent
                ifTrue: [ root: y ]
                False: [
                    x == x parent left
                        ifTrue: [ x parent left: y ]
                        False: [ x parent right: y ] ].
            y left: x.
            x parent: y.
            y ).

        rightRotate: y = ( | x |
            x: y left.
            y left: x right.
            nil !== x right ifTrue: [ x right parent: y ].
            x parent: y parent.
            nil == y parent
                ifTrue: [ root: x ]
                False: [
                    y == y parent left
                        ifTrue: [ y parent left: x ]
                        False: [ y parent right: x ] ].
            x right: y.
            y parent: x.
            x ).

        removeFixup: x Parent: xParent = ( | w |
            [ (x !== root) && [ (nil == x) || [ x color == rbBlack ] ] ] whileTrue: [
                x == xParent left
                    ifTrue: [
                        w: xParent right.
                        w color == rbRed ifTrue: [
                            w color: rbBlack.
                            xParent color: rbRed.
                            leftRotate: xParent.
                            w: xParent right ].
                        ((nil == w left) || [ w left color == rbBlack ])
                                && [ (nil == w right) || [ w right color == rbBlack ] ]
                            ifTrue: [
                                w color: rbRed.
                                x: xParent.
                                xParent: x parent ]
                            False: [
                                (nil == w right) || [ w right color == rbBlack ] ifTrue: [
                                    w left color: rbBlack.
                                    w color: rbRed.
                                    rightRotate: w.
                                    w: xParent right ].
                                w color: xParent color.
                                xParent color: rbBlack.
                                nil !== w right ifTrue: [ w right color: rbBlack ].
                                leftRotate: xParent.
                                x: root.
                                xParent: x parent ] ]
                    False: [
                        w: xParent left.
                        w color == rbRed ifTrue: [
                            w color: rbBlack.
                            xParent color: rbRed.
                            rightRotate: xParent.
                            w: xParent left ].
                        ((nil == w right) || [ w right color == rbBlack ])
                                && [ (nil == w left) || [ w left color == rbBlack ] ]
                            ifTrue: [
                                w color: rbRed.
                                x: xParent.
                                xParent: x parent ]
                            False: [
                                (nil == w left) || [ w left color == rbBlack ] ifTrue: [
                                    w right color: rbBlack.
                                    w color: rbRed.
                                    leftRotate: w.
                                    w: xParent left ].
                                w color: xParent color.
                                xParent color: rbBlack.
                                nil !== w left ifTrue: [ w left color: rbBlack ].
                                rightRotate: xParent.
                                x: root.
                                xParent: x parent ] ] ].
            nil !== x ifTrue: [ x color: rbBlack ].
            self ).
    |).

    "The simulation's constants, a parent of the objects that use them."
    cdConstants = (|
        parent* = std traits clonable.
        minX = 0.0.
        minY = 0.0.
        maxX = 1000.0.
        maxY = 1000.0.
        minZ = 0.0.
        maxZ = 10.0.
        proximityRadius = 1.0.
        goodVoxelSize = 2.0.
    |).
|).

_AddSlots: (|
    cdCallSign = (|
        parent* = std traits clonable.
        value <- 0.

        copyValue: v = (copy value: v).

        compareTo: other = (
            value = other value ifTrue: [ 0 ] False: [
                value < other value ifTrue: [ 0 - 1 ] False: [ 1 ] ] ).
    |).

    cdCollision = (|
        parent* = std traits clonable.
        aircraftA.
        aircraftB.
        position.

        copyA: a B: b Position: p = (copy aircraftA: a; aircraftB: b; position: p).
    |).

    cdAircraft = (|
        parent* = std traits clonable.
        callsign.
        position.

        copyCallsign: c Position: p = (copy callsign: c; position: p).
    |).

    "One aircraft going from posOne to posTwo during a frame."
    cdMotion = (|
        parent* = cdConstants.
        callsign.
        posOne.
        posTwo.

        copyCallsign: c From: one To: two = (copy callsign: c; posOne: one; posTwo: two).

        delta = (posTwo minus: posOne).

        "Where the receiver and other come within proximityRadius of each
         other during the frame, both moving at constant speed, or nil."
        findIntersection: other = ( | init1. init2. vec1. vec2. radius. a. b. c. discr. v1. v2. v. result1. result2. result. dist |
            init1: posOne.
            init2: other posOne.
            vec1: delta.
            vec2: other delta.
            radius: proximityRadius.

            a: (vec2 minus: vec1) squaredMagnitude.
            a != 0.0 ifTrue: [
                "The times v at which the distance is radius: roots of
                 a v^2 + b v + c."
                b: 2.0 * ((init1 minus: init2) dot: (vec1 minus: vec2)).
                c: (radius negated * radius) + (init2 minus: init1) squaredMagnitude.
                discr: (b * b) - ((4.0 * a) * c).
                discr < 0.0 ifTrue: [ ^ nil ].

                v1: (b negated - discr sqrt) / (2.0 * a).
                v2: (b negated + discr sqrt) / (2.0 * a).

                (v1 <= v2) && [
                    ((v1 <= 1.0) && [ 1.0 <= v2 ])
                        || [ ((v1 <= 0.0) && [ 0.0 <= v2 ])
                        || [ (0.0 <= v1) && [ v2 <= 1.0 ] ] ] ]
                    ifTrue: [
                        v1 <= 0.0 ifTrue: [ v: 0.0 ] False: [ v: v1 ].
                        result1: init1 plus: (vec1 times: v).
                        result2: init2 plus: (vec2 times: v).
                        result: (result1 plus: result2) times: 0.5.
                        (result x >= minX) && [ (result x <= maxX)
                            && [ (result y >= minY) && [ (result y <= maxY)
                            && [ (result z >= minZ) && [ result z <= maxZ ] ] ] ] ]
                            ifTrue: [ ^ result ] ].
                ^ nil ].

            "Same velocity: the distance does not change."
            dist: (init2 minus: init1) magnitude.
            dist <= radius ifTrue: [ ^ (init1 plus: init2) times: 0.5 ].
            nil ).
    |).
|).

_AddSlots: (|
    cdCollisionDetector = (|
        parent* = cdConstants.
        state.
        horizontal = cdVector2D copyX: 2.0 Y: 0.0.
        vertical = cdVector2D copyX: 0.0 Y: 2.0.

        copyEmpty = (copy state: redBlackTree copyEmpty).

        "The collisions of one frame of aircraft positions."
        handleNewFrame: frame = ( | motions. seen. toRemove. allReduced. collisions |
            motions: std vector copyRemoveAll.
            seen: redBlackTree copyEmpty.

            frame each: [| :aircraft. :i. oldPosition. newPosition |
                oldPosition: (state put: aircraft callsign Value: aircraft position).
                newPosition: aircraft position.
                seen put: aircraft callsign Value: true.
                nil == oldPosition ifTrue: [ oldPosition: newPosition ].
                motions add: (cdMotion copyCallsign: aircraft callsign From: oldPosition To: newPosition) ].

            toRemove: std vector copyRemoveAll.
            state forEach: [| :e |
                nil == (seen at: e key) ifTrue: [ toRemove add: e key ] ].
            toRemove each: [| :e. :i | state remove: e ].

            allReduced: (reduceCollisionSet: motions).
            collisions: std vector copyRemoveAll.
            allReduced each: [| :reduced. :k |
                0 to: reduced size Do: [| :i. motion1 |
                    motion1: (reduced at: i).
                    i + 1 to: reduced size Do: [| :j. motion2. collision |
                        motion2: (reduced at: j).
                        collision: (motion1 findIntersection: motion2).
                        nil !== collision ifTrue: [
                            collisions add: (cdCollision copyA: motion1 callsign B: motion2 callsign Position: collision) ] ] ] ].
            collisions ).

        isInVoxel: voxel Motion: motion = ( | init. fin. vS. r. vX. x0. xv. vY. y0. yv. lowX. highX. lowY. highY. tmp |
            (voxel x > maxX) || [ (voxel x < minX) || [ (voxel y > maxY) || [ voxel y < minY ] ] ]
                ifTrue: [ ^ false ].

            init: motion posOne.
            fin: motion posTwo.

            vS: goodVoxelSize.
            r: proximityRadius / 2.0.

            vX: voxel x.
            x0: init x.
            xv: fin x - init x.

            vY: voxel y.
            y0: init y.
            yv: fin y - init y.

            lowX: ((vX - r) - x0) / xv.
            highX: (((vX + vS) + r) - x0) / xv.
            xv < 0.0 ifTrue: [
                tmp: lowX.
                lowX: highX.
                highX: tmp ].

            lowY: ((vY - r) - y0) / yv.
            highY: (((vY + vS) + r) - y0) / yv.
            yv < 0.0 ifTrue: [
                tmp: lowY.
                lowY: highY.
                highY: tmp ].

            (((xv = 0.0) && [ (vX <= (x0 + r)) && [ (x0 - r) <= (vX + vS) ] ])
                || [ ((lowX <= 1.0) && [ 1.0 <= highX ])
                || [ ((lowX <= 0.0) && [ 0.0 <= highX ])
                || [ (0.0 <= lowX) && [ highX <= 1.0 ] ] ] ])
            && [ (((yv = 0.0) && [ (vY <= (y0 + r)) && [ (y0 - r) <= (vY + vS) ] ])
                || [ ((lowY <= 1.0) && [ 1.0 <= highY ])
                || [ ((lowY <= 0.0) && [ 0.0 <= highY ])
                || [ (0.0 <= lowY) && [ highY <= 1.0 ] ] ] ])
            && [ (xv = 0.0) || [ (yv = 0.0)
                || [ ((lowY <= highX) && [ highX <= highY ])
                || [ ((lowY <= lowX) && [ lowX <= highY ])
                || [ (lowX <= lowY) && [ highY <= highX ] ] ] ] ] ] ] ).

        putInto: voxelMap Voxel: voxel Motion: motion = ( | array |
            array: (voxelMap at: voxel).
            nil == array ifTrue: [
                array: std vector copyRemoveAll.
                voxelMap put: voxel Value: array ].
            array add: motion.
            self ).

        recurse: voxelMap Seen: seen Voxel: nextVoxel Motion: motion = (
            (isInVoxel: nextVoxel Motion: motion) ifFalse: [ ^ self ].
            (seen put: nextVoxel Value: true) == true ifTrue: [ ^ self ].

            putInto: voxelMap Voxel: nextVoxel Motion: motion.

            recurse: voxelMap Seen: seen Voxel: (nextVoxel minus: horizontal) Motion: motion.
            recurse: voxelMap Seen: seen Voxel: (nextVoxel plus: horizontal) Motion: motion.
            recurse: voxelMap Seen: seen Voxel: (nextVoxel minus: vertical) Motion: motion.
            recurse: voxelMap Seen: seen Voxel: (nextVoxel plus: vertical) Motion: motion.
            recurse: voxelMap Seen: seen Voxel: ((nextVoxel minus: horizontal) minus: vertical) Motion: motion.
            recurse: voxelMap Seen: seen Voxel: ((nextVoxel minus: horizontal) plus: vertical) Motion: motion.
            recurse: voxelMap Seen: seen Voxel: ((nextVoxel plus: horizontal) minus: vertical) Motion: motion.
            recurse: voxelMap Seen: seen Voxel: ((nextVoxel plus: horizontal) plus: vertical) Motion: motion.
            self ).

        "The voxel a position lies in: its corner, toward zero as a cast to int
         goes, then one voxel down for negative coordinates."
        voxelHash: position = ( | xDiv. yDiv. x. y |
            xDiv: (position x / goodVoxelSize) truncated.
            yDiv: (position y / goodVoxelSize) truncated.
            x: goodVoxelSize * xDiv.
            y: goodVoxelSize * yDiv.
            position x < 0 ifTrue: [ x: x - goodVoxelSize ].
            position y < 0 ifTrue: [ y: y - goodVoxelSize ].
            cdVector2D copyX: x Y: y ).

        drawMotion: motion OnVoxelMap: voxelMap = ( | seen |
            seen: redBlackTree copyEmpty.
            recurse: voxelMap Seen: seen Voxel: (voxelHash: motion posOne) Motion: motion ).

        "The groups of two or more motions that cross a common voxel."
        reduceCollisionSet: motions = ( | voxelMap. result |
            voxelMap: redBlackTree copyEmpty.
            motions each: [| :motion. :i | drawMotion: motion OnVoxelMap: voxelMap ].
            result: std vector copyRemoveAll.
            voxelMap forEach: [| :e |
                e value size > 1 ifTrue: [ result add: e value ] ].
            result ).
    |).

    cdSimulator = (|
        parent* = std traits clonable.
        aircraft.

        copyAircraft: n = ( | all |
            all: std vector copyRemoveAll.
            0 to: n Do: [| :i | all add: (cdCallSign copyValue: i) ].
            copy aircraft: all ).

        "The aircraft at time: pairs flying on a cosine and a sine, 3 apart."
        simulate: time = ( | frame. i |
            frame: std vector copyRemoveAll.
            i: 0.
            [ i < aircraft size ] whileTrue: [
                frame add: (cdAircraft copyCallsign: (aircraft at: i)
                    Position: (cdVector3D copyX: time Y: (time cos * 2) + (i * 3) Z: 10.0)).
                frame add: (cdAircraft copyCallsign: (aircraft at: i + 1)
                    Position: (cdVector3D copyX: time Y: (time sin * 2) + (i * 3) Z: 10.0)).
                i: i + 2 ].
            frame ).
    |).

    cdBenchmark = (|
        parent* = std traits clonable.
        numAircraft = 100.

        cd: numAircrafts = ( | numFrames. simulator. detector. actualCollisions |
            numFrames: 200.
            simulator: (cdSimulator copyAircraft: numAircrafts).
            detector: cdCollisionDetector copyEmpty.
            actualCollisions: 0.
            0 to: numFrames Do: [| :i. time. collisions |
                time: i / 10.0.
                collisions: (detector handleNewFrame: (simulator simulate: time)).
                actualCollisions: actualCollisions + collisions size ].
            actualCollisions ).

        benchmark = (cd: numAircraft).

        "AWFY's expected collision counts for each number of aircraft."
        verifyResult: actualCollisions = (
            numAircraft = 1000 ifTrue: [ ^ actualCollisions = 14484 ].
            numAircraft = 500 ifTrue: [ ^ actualCollisions = 14484 ].
            numAircraft = 250 ifTrue: [ ^ actualCollisions = 10830 ].
            numAircraft = 200 ifTrue: [ ^ actualCollisions = 8655 ].
            numAircraft = 100 ifTrue: [ ^ actualCollisions = 4305 ].
            numAircraft = 10 ifTrue: [ ^ actualCollisions = 390 ].
            numAircraft = 2 ifTrue: [ ^ actualCollisions = 42 ].
            ('No verification result for ', numAircraft asString, ' found; result is ', actualCollisions asString) printLine.
            false ).
    |).
|).

awfy run: cdBenchmark Named: 'CD' Iterations: 1.
