import SelfRuntime
import Testing

@testable import SelfShell

/// The outliner: `:inspect`, `:source`, `:where`, `:find` (docs/repl.md, "The outliner").
@Suite("outliner")
struct OutlinerTests {
    /// A bare VM with a small hierarchy: `pointTraits` and a `p` inheriting it.
    final class World {
        let vm = VirtualMachine()
        let namer: ObjectNamer
        let outliner: Outliner
        init() {
            vm.suppressErrorReports = true
            namer = ObjectNamer(vm: vm)
            outliner = Outliner(vm: vm, namer: namer, printer: ResultPrinter(vm: vm, namer: namer))
            _ = vm.evaluate(
                """
                _AddSlots: (| pointTraits = (|
                    x = ( 0 ).
                    + other = ( other ).
                    moveBy: dx And: dy = (
                        x: dx ) |) |).
                _AddSlots: (| p = (| parent* = pointTraits. x <- 3. y <- 4 |) |)
                """, name: "<input 1>")
        }
        func value(_ text: String) -> Value {
            guard case .value(let value) = vm.evaluate(text) else { return vm.memory.nilValue }
            return value
        }
    }

    @Test(":inspect groups slots by the ancestor that defines them, by path name")
    func inspect() {
        let world = World()
        let text = world.outliner.inspect(world.value("p"), number: 1)
        #expect(
            text == """
                $1 = p
                  parent* = pointTraits
                  x <- 3
                  y <- 4
                pointTraits:
                  x = (…)   (hidden by an earlier slot)
                  + = (…)
                  moveBy:And: = (…)

                """)
    }

    @Test(":source shows a method's definition as written, with where it came from")
    func source() {
        let world = World()
        let text = world.outliner.source("moveBy:And:", from: world.value("p"))
        #expect(text == "\"pointTraits, <input 1>:4\"\nmoveBy: dx And: dy = (\n        x: dx )\n")
        #expect(world.outliner.source("y", from: world.value("p")).contains("data slot of p"))
        #expect(world.outliner.source("nosuch", from: world.value("p")).contains("does not understand nosuch"))
    }

    @Test(":where names the holder found by lookup, assignments included")
    func whereIs() {
        let world = World()
        let p = world.value("p")
        #expect(world.outliner.whereIs("+", from: p) == "+ is a method of pointTraits\n")
        #expect(world.outliner.whereIs("x", from: p) == "x is an assignable slot of p\n")
        #expect(world.outliner.whereIs("y:", from: p) == "y: assigns y, an assignable slot of p\n")
    }

    @Test(":find lists selectors containing the text with their owners")
    func find() {
        let world = World()
        #expect(world.outliner.find("move") == "moveBy:And:   pointTraits\n")
        #expect(world.outliner.find("X") == "x   p; pointTraits\n")
        #expect(world.outliner.find("zzz").hasPrefix("No selector"))
    }

    @Test("commands parse their expression and selector")
    func commands() {
        #expect(ShellCommand(":i std traits") == .inspect("std traits"))
        #expect(ShellCommand(":source p moveBy:And:") == .source("p", "moveBy:And:"))
        #expect(ShellCommand(":w $3 +") == .whereIs("$3", "+"))
        #expect(ShellCommand(":find at:") == .find("at:"))
        #expect(ShellCommand(":source p") == .usage("Usage: :source EXPR SELECTOR"))
        #expect(ShellCommand(":more") == .more)
    }
}
