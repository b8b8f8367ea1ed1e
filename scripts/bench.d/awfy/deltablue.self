"deltablue.self: the DeltaBlue benchmark of 'Are We Fast Yet', the
 incremental constraint solver of Freeman-Benson, Maloney and Borning. Each
 iteration runs its two tests with n = 1000 variables: a chain of n equality
 constraints, edited at one end (the other end must follow), and n scale
 constraints dst = src * scale + offset sharing scale and offset, whose
 variables are edited in turn (every value is checked). A failed check is a
 runtime error; an iteration that gets through answers true.
 The same program as deltablue.lua; scripts/bench section awfy-deltablue.

 AWFY's Vector is std vector here, except for the work lists that are
 consumed from the front (removeFirst), which are std deques; its
 IdentityDictionary is std hashMap keyed by symbols whose hash is their
 number and whose '=' is identity. A binary constraint's direction is nil,
 forward or backward, compared with '=='."

'harness.self' _RunScript.

_AddSlots: (|
    "The directions of a binary constraint: one constant string each, so
     '==' tells them apart."
    forward = 'forward'.
    backward = 'backward'.

    "A symbolic strength, the key of the strength tables."
    sym = (|
        parent* = std traits clonable.
        symHash <- 0.
        copyHash: h = (copy symHash: h).
        customHash = (symHash).
        hash = (customHash).
    |).
|).

_AddSlots: (|
    absoluteStrongest = sym copyHash: 0.
    required = sym copyHash: 1.
    strongPreferred = sym copyHash: 2.
    preferred = sym copyHash: 3.
    strongDefault = sym copyHash: 4.
    default = sym copyHash: 5.
    weakDefault = sym copyHash: 6.
    absoluteWeakest = sym copyHash: 7.

    "A strength: how much a constraint matters. Lower values are stronger.
     There is one strength for each symbol (strengths of:), so strengths
     can be compared by identity."
    strength = (|
        parent* = std traits clonable.
        arithmeticValue <- 0.

        copySym: s = (copy arithmeticValue: (strengths table at: s)).

        sameAs: s = (arithmeticValue = s arithmeticValue).
        stronger: s = (arithmeticValue < s arithmeticValue).
        weaker: s = (arithmeticValue > s arithmeticValue).
        strongest: s = ((s stronger: self) ifTrue: [ s ] False: [ self ]).
        weakest: s = ((s weaker: self) ifTrue: [ s ] False: [ self ]).
    |).

    "The strength tables (symbol to value, symbol to strength) and the two
     strengths used by name; filled by initialize, below."
    strengths = (|
        parent* = std traits clonable.
        table.
        constants.
        absoluteWeakestStrength.
        requiredStrength.

        of: s = (constants at: s).

        createStrengthTable = ( | t |
            t: std hashMap copyRemoveAll.
            t at: absoluteStrongest Put: 10000 negate.
            t at: required Put: 800 negate.
            t at: strongPreferred Put: 600 negate.
            t at: preferred Put: 400 negate.
            t at: strongDefault Put: 200 negate.
            t at: default Put: 0.
            t at: weakDefault Put: 500.
            t at: absoluteWeakest Put: 10000.
            t ).

        createStrengthConstants = ( | c |
            c: std hashMap copyRemoveAll.
            table each: [| :value. :key | c at: key Put: (strength copySym: key) ].
            c ).

        initialize = (
            table: createStrengthTable.
            constants: createStrengthConstants.
            absoluteWeakestStrength: (of: absoluteWeakest).
            requiredStrength: (of: required).
            self ).
    |).
|).

strengths initialize.

_AddSlots: (|
    "What every constraint does: it has a strength, and is added to and
     removed from the planner's graph, and satisfied, the same way."
    abstractConstraintTraits = (|
        parent* = std traits clonable.

        initStrength: s = (strength: (strengths of: s)).

        isInput = false.

        addConstraint: planner = (
            addToGraph.
            planner incrementalAdd: self.
            self ).

        destroyConstraint: planner = (
            isSatisfied ifTrue: [ planner incrementalRemove: self ].
            removeFromGraph.
            self ).

        "Whether every input is marked, stays, or is determined by nothing."
        inputsKnown: mark = (
            (inputsHasOne: [| :v |
                ((v mark = mark) || [ v stay || [ nil == v determinedBy ] ]) not ]) not ).

        "Chooses a way to satisfy the receiver and, if there is one, makes its
         output's constraint the receiver; answers the constraint that used
         to determine the output (now unsatisfied), or nil."
        satisfy: mark Planner: planner = ( | overridden. out |
            chooseMethod: mark.
            isSatisfied
                ifTrue: [
                    inputsDo: [| :i | i mark: mark ].
                    out: output.
                    overridden: out determinedBy.
                    nil == overridden ifFalse: [ overridden markUnsatisfied ].
                    out determinedBy: self.
                    (planner addPropagate: self Mark: mark) ifFalse: [
                        _Error: 'Cycle encountered' ].
                    out mark: mark ]
                False: [
                    overridden: nil.
                    (strength sameAs: strengths requiredStrength) ifTrue: [
                        _Error: 'Could not satisfy a required constraint' ] ].
            overridden ).
    |).
|).

_AddSlots: (|
    "A constraint between two variables, v1 and v2, satisfied by computing
     one from the other: v2 from v1 when the direction is forward, v1 from
     v2 when it is backward."
    binaryConstraintTraits = (|
        parent* = abstractConstraintTraits.

        initVar1: a Var2: b Strength: s = (
            initStrength: s.
            v1: a.
            v2: b.
            direction: nil ).

        isSatisfied = (nil !== direction).

        addToGraph = (
            v1 addConstraint: self.
            v2 addConstraint: self.
            direction: nil ).

        removeFromGraph = (
            nil == v1 ifFalse: [ v1 removeConstraint: self ].
            nil == v2 ifFalse: [ v2 removeConstraint: self ].
            direction: nil ).

        "Picks the direction: into the unmarked variable, or into the weaker
         one, if the receiver is stronger than it; otherwise none."
        chooseMethod: mark = (
            v1 mark = mark ifTrue: [
                direction: (((v2 mark != mark) && [ strength stronger: v2 walkStrength ])
                    ifTrue: [ forward ]
                    False: [ nil ]).
                ^ direction ].
            v2 mark = mark ifTrue: [
                direction: (((v1 mark != mark) && [ strength stronger: v1 walkStrength ])
                    ifTrue: [ backward ]
                    False: [ nil ]).
                ^ direction ].
            (v1 walkStrength weaker: v2 walkStrength)
                ifTrue: [
                    direction: ((strength stronger: v1 walkStrength)
                        ifTrue: [ backward ]
                        False: [ nil ]) ]
                False: [
                    direction: ((strength stronger: v2 walkStrength)
                        ifTrue: [ forward ]
                        False: [ nil ]) ].
            direction ).

        inputsDo: blk = (
            direction == forward
                ifTrue: [ blk value: v1 ]
                False: [ blk value: v2 ] ).

        inputsHasOne: blk = (
            direction == forward
                ifTrue: [ blk value: v1 ]
                False: [ blk value: v2 ] ).

        markUnsatisfied = (direction: nil).

        output = (direction == forward ifTrue: [ v2 ] False: [ v1 ]).

        "Updates the output's walkabout strength and stay flag, and its value
         if it stays."
        recalculate = ( | ihn. out |
            direction == forward
                ifTrue: [ ihn: v1. out: v2 ]
                False: [ ihn: v2. out: v1 ].
            out walkStrength: (strength weakest: ihn walkStrength).
            out stay: ihn stay.
            out stay ifTrue: [ execute ].
            self ).
    |).

    "A constraint on one variable, its output."
    unaryConstraintTraits = (|
        parent* = abstractConstraintTraits.

        "A new constraint of the receiver's kind on v, added to planner."
        copyVariable: v Strength: s Planner: planner = ( | c |
            c: copy.
            c initStrength: s.
            c output: v.
            c satisfied: false.
            c addConstraint: planner.
            c ).

        isSatisfied = (satisfied).

        addToGraph = (
            output addConstraint: self.
            satisfied: false ).

        removeFromGraph = (
            nil == output ifFalse: [ output removeConstraint: self ].
            satisfied: false ).

        chooseMethod: mark = (
            satisfied: ((output mark != mark) && [ strength stronger: output walkStrength ]).
            nil ).

        inputsDo: blk = (self).

        inputsHasOne: blk = (false).

        markUnsatisfied = (satisfied: false).

        recalculate = (
            output walkStrength: strength.
            output stay: isInput not.
            output stay ifTrue: [ execute ].
            self ).
    |).
|).

_AddSlots: (|
    "v2 = v1 (forward) or v1 = v2 (backward)."
    equalityConstraint = (|
        parent* = (|
            parent* = binaryConstraintTraits.

            copyVar1: a Var2: b Strength: s Planner: planner = ( | c |
                c: copy.
                c initVar1: a Var2: b Strength: s.
                c addConstraint: planner.
                c ).

            execute = (
                direction == forward
                    ifTrue: [ v2 value: v1 value ]
                    False: [ v1 value: v2 value ].
                self ).
        |).
        strength.
        v1.
        v2.
        direction.
    |).

    "dest = src * scale + offset (forward), or src from dest (backward). The
     scale and offset variables are inputs either way."
    scaleConstraint = (|
        parent* = (|
            parent* = binaryConstraintTraits.

            copySrc: src Scale: sc Offset: off Dest: dest Strength: s Planner: planner = ( | c |
                c: copy.
                c initVar1: src Var2: dest Strength: s.
                c scale: sc.
                c offset: off.
                c addConstraint: planner.
                c ).

            addToGraph = (
                v1 addConstraint: self.
                v2 addConstraint: self.
                scale addConstraint: self.
                offset addConstraint: self.
                direction: nil ).

            removeFromGraph = (
                nil == v1 ifFalse: [ v1 removeConstraint: self ].
                nil == v2 ifFalse: [ v2 removeConstraint: self ].
                nil == scale ifFalse: [ scale removeConstraint: self ].
                nil == offset ifFalse: [ offset removeConstraint: self ].
                direction: nil ).

            execute = (
                direction == forward
                    ifTrue: [ v2 value: (v1 value * scale value) + offset value ]
                    False: [ v1 value: (v2 value - offset value) / scale value ].
                self ).

            inputsDo: blk = (
                direction == forward
                    ifTrue: [
                        blk value: v1.
                        blk value: scale.
                        blk value: offset ]
                    False: [
                        blk value: v2.
                        blk value: scale.
                        blk value: offset ] ).

            recalculate = ( | ihn. out |
                direction == forward
                    ifTrue: [ ihn: v1. out: v2 ]
                    False: [ out: v1. ihn: v2 ].
                out walkStrength: (strength weakest: ihn walkStrength).
                out stay: ((ihn stay && [ scale stay ]) && [ offset stay ]).
                out stay ifTrue: [ execute ].
                self ).
        |).
        strength.
        v1.
        v2.
        direction.
        scale.
        offset.
    |).

    "A constraint that lets the planner change its variable: an input."
    editConstraint = (|
        parent* = (|
            parent* = unaryConstraintTraits.
            isInput = true.
            execute = (self).
        |).
        strength.
        output.
        satisfied <- false.
    |).

    "A constraint that keeps its variable as it is."
    stayConstraint = (|
        parent* = (|
            parent* = unaryConstraintTraits.
            execute = (self).
        |).
        strength.
        output.
        satisfied <- false.
    |).

    "A variable: its value, the constraints on it, the one that determines
     it, its walkabout strength, whether it stays (is constant), and the
     planner's mark."
    variable = (|
        parent* = std traits clonable.
        value <- 0.
        constraints.
        determinedBy.
        walkStrength.
        stay <- true.
        mark <- 0.

        new = (
            copy value: 0; constraints: std vector copyRemoveAll; determinedBy: nil;
                walkStrength: strengths absoluteWeakestStrength; stay: true; mark: 0 ).

        copyValue: v = (new value: v).

        addConstraint: c = (
            constraints add: c.
            self ).

        removeConstraint: c = (
            constraints remove: (constraints indexOf: c) IfAbsent: [ ].
            determinedBy == c ifTrue: [ determinedBy: nil ].
            self ).
    |).

    "A plan: constraints to execute in order."
    plan = (|
        parent* = (|
            parent* = std traits vector.
            execute = (each: [| :c | c execute ]).
        |).
        items <- std array.
        size <- 0.
    |).
|).

_AddSlots: (|
    "The planner, and the benchmark's two tests on its prototype."
    planner = (|
        parent* = std traits clonable.
        currentMark <- 1.

        new = (copy currentMark: 1).

        newMark = (
            currentMark: currentMark + 1.
            currentMark ).

        "Satisfies c, if it is strong enough, and every constraint it
         overrides in turn."
        incrementalAdd: c = ( | mark. overridden |
            mark: newMark.
            overridden: (c satisfy: mark Planner: self).
            [ nil == overridden ] whileFalse: [
                overridden: (overridden satisfy: mark Planner: self) ].
            self ).

        "Removes c and satisfies again, strongest first, the constraints that
         its removal leaves unsatisfied."
        incrementalRemove: c = ( | out. unsatisfied |
            out: c output.
            c markUnsatisfied.
            c removeFromGraph.
            unsatisfied: (removePropagateFrom: out).
            unsatisfied each: [| :u | incrementalAdd: u ].
            self ).

        extractPlanFromConstraints: constraints = ( | sources |
            sources: std deque copyRemoveAll.
            constraints each: [| :c |
                c isInput && [ c isSatisfied ] ifTrue: [ sources add: c ] ].
            makePlan: sources ).

        "A plan that executes the constraints downstream of sources, each
         after the constraints it depends on."
        makePlan: sources = ( | mark. newPlan. todo. c |
            mark: newMark.
            newPlan: plan copyRemoveAll.
            todo: sources.
            [ todo isEmpty ] whileFalse: [
                c: todo removeFirst.
                (c output mark != mark) && [ c inputsKnown: mark ] ifTrue: [
                    newPlan add: c.
                    c output mark: mark.
                    addConstraintsConsumingTo: c output Into: todo ] ].
            newPlan ).

        addConstraintsConsumingTo: v Into: coll = ( | determiningC |
            determiningC: v determinedBy.
            v constraints each: [| :c |
                (c !== determiningC) && [ c isSatisfied ] ifTrue: [ coll add: c ] ].
            self ).

        "Recalculates the outputs downstream of c; answers false, after
         removing c again, if that comes back to a variable marked mark (a
         cycle)."
        addPropagate: c Mark: mark = ( | todo. d |
            todo: (std deque copyRemoveAll add: c).
            [ todo isEmpty ] whileFalse: [
                d: todo removeFirst.
                d output mark = mark ifTrue: [
                    incrementalRemove: c.
                    ^ false ].
                d recalculate.
                addConstraintsConsumingTo: d output Into: todo ].
            true ).

        "Sets v to newValue ten times through an edit constraint and its plan."
        change: v To: newValue = ( | editC. editV. aPlan |
            editC: (editConstraint copyVariable: v Strength: preferred Planner: self).
            editV: (std vector copyRemoveAll add: editC).
            aPlan: (extractPlanFromConstraints: editV).
            0 to: 10 Do: [| :i |
                v value: newValue.
                aPlan execute ].
            editC destroyConstraint: self.
            self ).

        constraintsConsuming: v Do: blk = ( | determiningC |
            determiningC: v determinedBy.
            v constraints each: [| :c |
                (c !== determiningC) && [ c isSatisfied ] ifTrue: [ blk value: c ] ].
            self ).

        "Resets the variables downstream of out, now determined by nothing;
         answers the constraints left unsatisfied, strongest first."
        removePropagateFrom: out = ( | unsatisfied. todo. v |
            unsatisfied: std vector copyRemoveAll.
            out determinedBy: nil.
            out walkStrength: strengths absoluteWeakestStrength.
            out stay: true.
            todo: (std deque copyRemoveAll add: out).
            [ todo isEmpty ] whileFalse: [
                v: todo removeFirst.
                v constraints each: [| :c |
                    c isSatisfied ifFalse: [ unsatisfied add: c ] ].
                constraintsConsuming: v Do: [| :c |
                    c recalculate.
                    todo add: c output ] ].
            unsatisfied sortKey: [| :c | c strength arithmeticValue ].
            unsatisfied ).

        "A chain of n equality constraints from a stayed variable; the value
         given to its other end must reach the stayed one."
        chainTest: n = ( | aPlanner. vars. editC. editV. aPlan |
            aPlanner: new.
            vars: (std array copySize: n + 1).
            0 to: n + 1 Do: [| :i | vars at: i Put: variable new ].
            0 to: n Do: [| :i |
                equalityConstraint copyVar1: (vars at: i) Var2: (vars at: i + 1)
                    Strength: required Planner: aPlanner ].
            stayConstraint copyVariable: (vars at: n) Strength: strongDefault Planner: aPlanner.
            editC: (editConstraint copyVariable: (vars at: 0) Strength: preferred Planner: aPlanner).
            editV: (std vector copyRemoveAll add: editC).
            aPlan: (aPlanner extractPlanFromConstraints: editV).
            0 to: 100 Do: [| :i |
                (vars at: 0) value: i.
                aPlan execute.
                (vars at: n) value != i ifTrue: [ _Error: 'Chain test failed!' ] ].
            editC destroyConstraint: aPlanner.
            self ).

        "n pairs of variables src and dst with dst = src * scale + offset:
         changing a src, a dst, then scale and offset must update the others."
        projectionTest: n = ( | aPlanner. dests. scale. offset. src. dst |
            aPlanner: new.
            dests: std vector copyRemoveAll.
            scale: (variable copyValue: 10).
            offset: (variable copyValue: 1000).
            1 through: n Do: [| :i |
                src: (variable copyValue: i).
                dst: (variable copyValue: i).
                dests add: dst.
                stayConstraint copyVariable: src Strength: default Planner: aPlanner.
                scaleConstraint copySrc: src Scale: scale Offset: offset Dest: dst
                    Strength: required Planner: aPlanner ].

            aPlanner change: src To: 17.
            dst value != 1170 ifTrue: [ _Error: 'Projection test 1 failed!' ].

            aPlanner change: dst To: 1050.
            src value != 5 ifTrue: [ _Error: 'Projection test 2 failed!' ].

            aPlanner change: scale To: 5.
            0 to: n - 1 Do: [| :i |
                (dests at: i) value != (((i + 1) * 5) + 1000) ifTrue: [
                    _Error: 'Projection test 3 failed!' ] ].

            aPlanner change: offset To: 2000.
            0 to: n - 1 Do: [| :i |
                (dests at: i) value != (((i + 1) * 5) + 2000) ifTrue: [
                    _Error: 'Projection test 4 failed!' ] ].
            self ).
    |).

    deltaBlue = (|
        parent* = std traits clonable.
        innerIterations = 1000.
        benchmark = (
            planner chainTest: innerIterations.
            planner projectionTest: innerIterations.
            true ).
        verifyResult: result = (result).
    |).
|).

awfy run: deltaBlue Named: 'DeltaBlue' Iterations: 10.
