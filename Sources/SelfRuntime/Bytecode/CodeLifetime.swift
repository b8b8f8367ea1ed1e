/// How long compiled code lives: as long as something can still run it.
///
/// Code is memory outside the heap (`CompiledCode`), but the heap decides its
/// lifetime. What can run code is a frame running it, a method object whose word 2
/// points at it, a block map whose code word does, and other code whose constants
/// hold such a method or map (or point at a method's code by raw pointer:
/// `CompiledCode.referencedCode`). A full collection of the global heap marks code
/// while it marks objects: the frames' code first, then the code of every method and
/// block map it reaches, whose constants it marks in turn. Code left unmarked is
/// freed before the old space is swept, so the maps and methods only it referred to
/// go in the same collection. An evaluated string or a loaded script thus lives while
/// its frame runs, and then only through what it defined.
///
/// In actor mode the global heap does not collect, and actors' heaps may hold methods
/// of any code, so code is freed only outside actor mode: a full collection that
/// happens in actor mode (none does today) would treat all code as roots.
///
/// The heap is charged each code's `footprint` (`Heap.chargeExternal`), so that code
/// counts toward the memory limit and toward the next full collection: a loop that
/// only evaluates strings still collects and runs in flat memory.
extension VirtualMachine {
    /// Adds a code object to the table, in a vacant slot if there is one.
    func registerCode(_ code: CompiledCode) {
        if let slot = vacantCodeSlots.popLast() {
            code.info.pointee.index = slot
            codes[slot] = code
        } else {
            code.info.pointee.index = codes.count
            codes.append(code)
        }
        memory.globalHeap.chargeExternal(code.footprint)
    }

    /// The code that runs in frames whose code field is `info`.
    @inline(__always)
    func compiledCode(_ info: UnsafeMutablePointer<CodeInfo>) -> CompiledCode {
        codes[info.pointee.index]
    }

    public func willMark() {
        marksCode = actorMode == nil
        if marksCode { codeCollection += 1 }
    }

    /// Code roots of a full collection: outside actor mode the code of each frame;
    /// otherwise every code object.
    func visitCodeRoots(_ visit: (UnsafeMutablePointer<Value>) -> Void) {
        guard marksCode else {
            for code in codes { code.visitReferences(visit) }
            return
        }
        for index in 0..<stack.frameCount { markCode(stack.frames[index].code, visit) }
    }

    public func visitCode(of object: ObjectRef, _ visit: (UnsafeMutablePointer<Value>) -> Void) {
        guard marksCode else { return }
        let word = object.kind == .method ? object[word: 2] : object[word: MapLayout.code]
        if word.raw == 0 { return }
        markCode(pointer(fromRawWord: word).assumingMemoryBound(to: CodeInfo.self), visit)
    }

    /// Marks the code behind `info`, the code it refers to by raw pointer, and visits
    /// their constants.
    func markCode(_ info: UnsafeMutablePointer<CodeInfo>, _ visit: (UnsafeMutablePointer<Value>) -> Void) {
        codeToMark.append(info)
        while let next = codeToMark.popLast() {
            let code = compiledCode(next)
            if code.markedInCollection == codeCollection { continue }
            code.markedInCollection = codeCollection
            code.stub?.markedInCollection = codeCollection
            code.visitReferences(visit)
            codeToMark.append(contentsOf: code.referencedCode)
        }
    }

    public func didMark() {
        guard marksCode else { return }
        marksCode = false
        sweepCode()
    }

    /// Frees the code the current full collection did not mark.
    func sweepCode() {
        var freed = 0
        for slot in codes.indices {
            let code = codes[slot]
            if code === vacantCode || code.markedInCollection == codeCollection { continue }
            codes[slot] = vacantCode
            vacantCodeSlots.append(slot)
            freed += code.footprint
        }
        memory.globalHeap.chargeExternal(-freed)
        if DebugSwitches.logCollections {
            Platform.writeError("[gc] code: \(liveCodeCount) alive, \(freed) bytes freed\n")
        }
    }

    /// Before compiling more code (a safepoint: nothing is held across it): a full
    /// collection if the code and old objects made since the last one call for it,
    /// since compiling allocates only in the old space, where no collection starts.
    func collectCodeIfDue() {
        if actorMode == nil { memory.globalHeap.collectIfDue() }
    }

    /// The number of code objects alive (tests, `--gc-stats`).
    public var liveCodeCount: Int { codes.count - vacantCodeSlots.count }
}
