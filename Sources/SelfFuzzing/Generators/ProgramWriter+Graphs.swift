/// Deep and wide object graphs: long linked lists, wide and nested arrays, cycles,
/// hash collections, objects grown slot by slot with `_AddSlots:`, then walked,
/// cloned, printed (`asString`) and dumped (`_Inspect`, to standard error). And
/// lookup through long parent chains, parent cycles (which find nothing, language.md
/// §7.4) and diamond lattices (where a shared ancestor is reached by many paths).
extension ProgramWriter {
    /// One object-graph scenario.
    mutating func graphPart() -> Part {
        switch random.below(8) {
        case 0: return linkedList()
        case 1: return wideArray()
        case 2: return cyclicGraph()
        case 3: return nestedVectors()
        case 4: return hashCollections()
        case 5: return growingObject()
        case 6: return sharedGraph()
        default: return allocationChurn()
        }
    }

    /// One lookup scenario.
    mutating func lookupPart() -> Part {
        switch random.below(3) {
        case 0: return parentChain()
        case 1: return parentCycle()
        default: return diamondLattice()
        }
    }

    /// A list of `n` nodes built in a loop, summed by a loop and by recursion (which
    /// overflows the stack when the list is long), cloned and dumped.
    mutating func linkedList() -> Part {
        let n = max(1, random.weighted([(8, random.size(upTo: 20_000)), (1, random.size(upTo: 200_000))]))
        let object = fresh("fzList")
        let dump = random.chance(1, in: 6) ? "\(object) head _Inspect.\n" : ""
        let code = """
            lobby _AddSlots: (| \(object) = (| parent* = std traits clonable.
                node = (| parent* = std traits clonable. next. v <- 0 |).
                head.
                build: n = ( | h | 0 to: n Do: [| :i | h: (node clone next: h; v: i) ]. head: h. self ).
                sum = ( | s <- 0. p | p: head. [ nil == p ] whileFalse: [ s: s + p v. p: p next ]. s ).
                sumFrom: p = ( nil == p ifTrue: [ 0 ] False: [ p v + (sumFrom: p next) ] ) |) |).
            \(object) build: \(n).
            \(check("\(object) sum", String(n * (n - 1) / 2), "list of \(n) summed"))
            \(check("\(object) head clone next", "\(object) head next", "clone of a list head"))
            \(dump)\(n < 50_000 ? check("\(object) sumFrom: \(object) head", String(n * (n - 1) / 2), "list summed by recursion") : "\(object) sumFrom: \(object) head.")
            """
        return Part(code: code)
    }

    /// An array of up to a million elements, filled in part, grown with `copySize:`,
    /// holding itself, read back and dumped.
    mutating func wideArray() -> Part {
        let size = max(1, random.size(upTo: 1_000_000))
        // The last element holds the array itself, so it is not summed.
        let filled = min(size - 1, random.size(upTo: 100_000))
        let object = fresh("fzWide")
        let dump = random.chance(1, in: 8) ? "(\(object) arr copySize: 20) _Inspect.\n" : ""
        let code = """
            lobby _AddSlots: (| \(object) = (| parent* = std traits clonable. arr.
                fill = ( arr: (std array copySize: \(size) FillingExtrasWith: 0).
                    0 to: \(filled) Do: [| :i | arr at: i Put: i ].
                    arr at: \(size) - 1 Put: arr.
                    self ).
                total = ( | t <- 0 | 0 to: \(filled) Do: [| :i | t: t + (arr at: i) ]. t ) |) |).
            \(object) fill.
            \(check("\(object) total", String(filled * (filled - 1) / 2), "array of \(size) filled"))
            \(check("(\(object) arr copySize: \(size + 3)) size", String(size + 3), "array grown"))
            \(dump)
            """
        return Part(code: code)
    }

    /// Objects, arrays and vectors that refer to each other in cycles: dumped
    /// (`<cyclic reference>`), cloned, compared, and printed with `asString`, which
    /// recurses until the stack overflows for a vector that holds itself.
    mutating func cyclicGraph() -> Part {
        let object = fresh("fzCycle")
        // asString of a vector that holds itself recurses until the stack
        // overflows (tens of milliseconds): one tail in twenty.
        let tail =
            random.chance(1, in: 20)
            ? random.pick(["\(object) vec asString", "(\(object) vec at: 0) asString"])
            : random.pick([
                "\(object) a _Inspect", "\(object) arr _Inspect", "\(object) a clone _Inspect",
                "\(object) arr clone _Inspect",
                "(\(object) a = \(object) a clone) ifTrue: [ _Error: 'fuzz-check failed: clone identical' ]",
                "\(object) a next next next next == \(object) a; ifFalse: [ _Error: 'fuzz-check failed: cycle' ]",
            ])
        let code = """
            lobby _AddSlots: (| \(object) = (| parent* = std traits clonable.
                a <- (| parent* = std traits clonable. next. other |).
                b <- (| parent* = std traits clonable. next. other |).
                arr <- (std array copySize: 3).
                vec <- std vector copy.
                link = ( a next: b; other: arr. b next: a; other: vec. arr at: 0 Put: arr; at: 1 Put: a; at: 2 Put: vec.
                    vec add: vec; add: arr; add: a. self ) |) |).
            \(object) link.
            \(tail).
            """
        return Part(code: code)
    }

    /// A graph with sharing but no cycle: each level holds the level below twice,
    /// so it has 2^depth paths. Dumping it (`_Inspect`, which only stops at
    /// cycles) or printing it walks every path; depths are small, with rare
    /// larger ones that only an interruptible dump survives.
    mutating func sharedGraph() -> Part {
        let depth = random.weighted([(200, random.int(in: 1...10)), (1, random.int(in: 24...40))])
        let object = fresh("fzDag")
        let level = random.pick([
            "((std array copySize: 2) at: 0 Put: g; at: 1 Put: g)",
            "(std vector copy add: g; add: g)",
            "((| parent* = std traits clonable. left. right |) clone left: g; right: g)",
        ])
        let use = random.pick([
            "\(object) graph _Inspect", "\(object) graph clone _Inspect",
            "\(object) graph = \(object) graph", "\(object) graph == \(object) graph clone",
            "(std vector copy add: \(object) graph) asString size",
        ])
        let code = """
            lobby _AddSlots: (| \(object) = (| parent* = std traits clonable. graph.
                build = ( | g | g: 0. 0 to: \(depth) Do: [| :i | g: \(level) ]. graph: g. self ) |) |).
            \(object) build.
            \(evaluated(use)).
            """
        return Part(code: code)
    }

    /// Vectors nested `depth` deep: printed with `asString` (recursion in the
    /// world; the string costs depth² bytes of copying, so only up to 2,000 deep),
    /// or measured by a recursive method (overflowing the stack past 100,000).
    mutating func nestedVectors() -> Part {
        let depth = random.weighted([
            (12, random.int(in: 1...100)), (6, random.int(in: 100...2_000)),
            (1, random.int(in: 10_000...50_000)),
        ])
        let object = fresh("fzNestVec")
        let use =
            depth <= 2_000
            ? "\(object) made asString size."
            : check("\(object) depthOf: \(object) made", String(depth), "vector depth")
        let code = """
            lobby _AddSlots: (| \(object) = (| parent* = std traits clonable. made.
                make: n = ( | v | v: (std vector copy add: 1). 0 to: n Do: [| :i | v: (std vector copy add: v; add: i) ]. made: v. v ).
                depthOf: v = ( | first | first: (v at: 0). first == 1 ifTrue: [ 0 ] False: [ 1 + (depthOf: first) ] ) |) |).
            \(check("(\(object) make: \(depth)) size", "2", "nested vector size"))
            \(use)
            """
        return Part(code: code)
    }

    /// Hash tables, sets and maps with up to a few thousand keys: added, found,
    /// removed, counted.
    mutating func hashCollections() -> Part {
        let n = random.size(upTo: 5_000)
        let kind = random.pick(["std hashSet", "std hashTable"])
        let object = fresh("fzHash")
        let keys = random.pick(["i", "i asString", "(i * 7919) % 1000003"])
        let code = """
            lobby _AddSlots: (| \(object) = (| parent* = std traits clonable.
                fill = ( | t | t: \(kind) copyRemoveAll. 0 to: \(n) Do: [| :i | t add: \(keys) ]. t ).
                map = ( | m | m: std hashMap copyRemoveAll. 0 to: \(n) Do: [| :i | m at: i Put: i * 2 ]. m ) |) |).
            \(check("\(object) fill size", String(n), "hash collection size"))
            \(check("(\(object) map at: \(n / 2) IfAbsent: [ 0 ])", String(n > 0 ? (n / 2) * 2 : 0), "hash map lookup"))
            """
        return Part(code: code)
    }

    /// An object given hundreds of slots one `_AddSlots:` at a time (each a fresh
    /// literal), replaced slots, then one big `_AddSlots:` of a wide literal.
    mutating func growingObject() -> Part {
        let n = random.weighted([(3, random.int(in: 1...100)), (1, random.int(in: 100...600))])
        let object = fresh("fzGrowing")
        var lines = ["lobby _AddSlots: (| \(object) = (| parent* = std traits clonable |) |)."]
        for index in 0..<n {
            lines.append(
                random.chance(1, in: 5)
                    ? "\(object) _AddSlots: (| g\(index) <- \(index) |)."
                    : "\(object) _AddSlots: (| g\(index) = \(index). h\(index % 7) = ( \(index) ) |).")
        }
        lines.append(check("\(object) g\(n - 1)", String(n - 1), "slot added last"))
        let wide = (0..<random.int(in: 1...250)).map { "w\($0) <- \($0)" }.joined(separator: ". ")
        lines.append("\(object) _AddSlots: (| \(wide) |).")
        lines.append(check("\(object) w0", "0", "wide _AddSlots:"))
        if random.chance(1, in: 5) { lines.append("\(object) _Inspect.") }
        return Part(code: lines.joined(separator: "\n"))
    }

    /// Allocation in a loop that keeps only a few objects: many collections run.
    mutating func allocationChurn() -> Part {
        let n = random.weighted([(8, random.size(upTo: 20_000)), (1, random.size(upTo: 200_000))])
        let keep = random.int(in: 1...64)
        let object = fresh("fzChurn")
        let code = """
            lobby _AddSlots: (| \(object) = (| parent* = std traits clonable.
                run = ( | kept. last |
                    kept: (std array copySize: \(keep)).
                    0 to: \(n) Do: [| :i |
                        last: (| parent* = std traits clonable. v <- i. s <- 'x' copySize: 16 |).
                        kept at: i % \(keep) Put: last ].
                    (kept at: 0) ) |) |).
            \(n > 0 ? check("\(object) run v", String(((n - 1) / keep) * keep), "last kept object") : "\(object) run.")
            """
        return Part(code: code)
    }

    /// A chain of `n` objects each inheriting the previous; a slot of the root is
    /// found from the end, a missing selector searches the whole chain. (The VM
    /// gives up past 10,000 parents, `VirtualMachine.maximumLookupDepth`: deeper
    /// chains are not checked.)
    mutating func parentChain() -> Part {
        let n = random.weighted([
            (20, random.size(upTo: 3_000)), (3, random.size(upTo: 9_000)),
            (1, random.int(in: 9_000...20_000)),
        ])
        let object = fresh("fzChainP")
        let code = """
            lobby _AddSlots: (| \(object) = (| parent* = std traits clonable.
                build = ( | o | o: (| parent* = std traits clonable. rootValue = 42 |).
                    0 to: \(n) Do: [| :i | o: (| p* = o |) ]. o ) |) |).
            \(n < 9_000 ? check("\(object) build rootValue", "42", "lookup through \(n) parents")
                : evaluated("\(object) build rootValue") + ".")
            \(random.chance(1, in: 2) ? evaluated("\(object) build missing\(suffix)") + "." : "")
            """
        return Part(code: code)
    }

    /// An object that is its own parent, and two or three objects inheriting from
    /// each other in a ring: found slots are found, missing ones are
    /// `Unknown selector`, without hanging.
    mutating func parentCycle() -> Part {
        let object = fresh("fzCyc")
        let missing = random.pick([
            "\(object) selfish missing\(suffix)", "\(object) ring missing\(suffix)",
            "\(object) ring missing: 1", "\(object) selfish missing: 1 With: 2", "\(object) ring + 1",
        ])
        let code = """
            lobby _AddSlots: (| \(object) = (| parent* = std traits clonable.
                selfish = ( | o | o: (| p* <- nil. here = 1 |). o p: o. o ).
                ring = ( | a. b. c | a: (| p* <- nil. inA = 1 |). b: (| p* <- nil. inB = 2 |). c: (| p* <- nil. inC = 3 |).
                    a p: b. b p: c. c p: a. a ) |) |).
            \(check("\(object) selfish here", "1", "own slot of an object that is its own parent"))
            \(check("\(object) ring inC", "3", "slot found around a parent ring"))
            \(evaluated(missing)).
            """
        return Part(code: code)
    }

    /// Levels of diamonds: each level has two parents, both the level below. There
    /// are 2^depth paths to the bottom; a lookup that followed each (as a plain
    /// reading of language.md §7.4 would) never ends for a failed lookup, so the VM
    /// searches each object once. Depths go past the lookup's depth limit.
    mutating func diamondLattice() -> Part {
        let depth = random.weighted([
            (200, random.int(in: 1...40)), (20, random.int(in: 40...2_000)),
            (2, random.int(in: 9_990...10_010)),
        ])
        let object = fresh("fzDiamond")
        let code = """
            lobby _AddSlots: (| \(object) = (| parent* = std traits clonable.
                build = ( | o | o: (| bottom = 7 |).
                    0 to: \(depth) Do: [| :i | o: (| a* = o. b* = o |) ]. o ) |) |).
            \(check("\(object) build bottom", "7", "lookup through \(depth) diamonds"))
            \(evaluated("\(object) build nowhere\(suffix)")).
            """
        return Part(code: code)
    }
}
