import SelfSyntax

/// Tail duplication of branches, the one peephole that adds words to the code.
extension CodeGenerator {
    /// A forward `jump` whose destination is `jumpIfFalse R` (an inlined conditional's
    /// test, with the jump to its fallback after it) is replaced by copies of both
    /// instructions and a jump to where the test goes on when R is true. That is the
    /// end of an inlined conditional whose value is a condition, as in `[ a && [ b <
    /// c ] ] whileTrue:` or `(a ifTrue: [ b ] False: [ c ]) ifTrue: …`: each branch
    /// of the inner conditional stored its value in R and jumped to the test; now it
    /// tests R itself, and a comparison it ends with fuses the branch
    /// (`ArithmeticExtension.fusedBranch`), so `b < c` and the outer test cost one
    /// dispatch when false and two when true, instead of three. The guard and the
    /// fallback of the copy are the original's, so a redefined conditional or a
    /// non-boolean R takes the same real send. Backward jumps stay: they are the
    /// loops' safepoints. The interpreter is unchanged, so code without the pattern
    /// runs as before.
    ///
    /// Runs after `threadJumps` (which exposes the jumps that reach a test through
    /// other jumps; it runs again after, for the new jumps) and before the passes
    /// that fuse results into the instruction after them. Every jump offset,
    /// `positions` and `bodyStart` are remapped.
    func duplicateBranches() {
        // Operand overflows are checked before this pass (`Compiler.compileBody`), so
        // its offsets must fit for certain: at most tripled, the code stays far below
        // the 2^23 words a jump reaches (checkSize keeps bodies much smaller anyway).
        guard instructions.count < 1 << 21 else { return }
        var duplicated: [Int] = []
        forEachInstruction { pc, word in
            guard Instruction.op(word) == .jump else { return }
            let destination = pc + 1 + Instruction.c(word)
            guard destination > pc, destination + 1 < instructions.count,
                Instruction.op(instructions[destination]) == .jumpIfFalse,
                Instruction.op(instructions[destination + 1]) == .jump
            else { return }
            duplicated.append(pc)
        }
        guard !duplicated.isEmpty else { return }
        // newIndex[i]: where old word i goes (two more words per duplicated jump before it).
        var newIndex = [Int](repeating: 0, count: instructions.count + 1)
        var shift = 0
        var next = 0
        for index in 0...instructions.count {
            newIndex[index] = index + shift
            if next < duplicated.count && duplicated[next] == index {
                shift += 2
                next += 1
            }
        }
        var newInstructions: [UInt64] = []
        var newPositions: [SourceRange?] = []
        newInstructions.reserveCapacity(newIndex[instructions.count])
        newPositions.reserveCapacity(newIndex[instructions.count])
        next = 0
        var pc = 0
        while pc < instructions.count {
            let width = Instruction.width(instructions[pc])
            if next < duplicated.count && duplicated[next] == pc {
                // The test, its fallback jump, and the jump to what follows them.
                let test = pc + 1 + Instruction.c(instructions[pc])
                for copied in [test, test + 1] {
                    appendRelocated(copied, to: &newInstructions, &newPositions, destinations: newIndex)
                }
                let onTrue = newIndex[test + 2] - (newInstructions.count + 1)
                newInstructions.append(encode(.jump, a: 0, b: 0, c: onTrue, at: positions[pc]?.start))
                newPositions.append(positions[pc])
                next += 1
            } else {
                appendRelocated(pc, to: &newInstructions, &newPositions, destinations: newIndex)
            }
            pc += width
        }
        instructions = newInstructions
        positions = newPositions
        bodyStart = newIndex[bodyStart]
    }
}
