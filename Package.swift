// swift-tools-version: 6.1
// SwiftSelf: the Self language (ZigSelf dialect) with Erlang-style actors, in Swift.
// Targets import only downward: SelfSyntax, SelfNumerics <- SelfRuntime <- SelfShell, SelfTesting <- SelfCLI;
// SelfRuntime <- SelfFuzzing <- SelfFuzzCLI (the fuzzers, docs/robustness.md). SelfNumerics (big
// integers) imports nothing.
// See docs/architecture.md.

import PackageDescription

let package = Package(
    name: "SwiftSelf",
    products: [
        .executable(name: "self", targets: ["SelfCLI"]),
        .executable(name: "self-fuzz", targets: ["SelfFuzzCLI"]),
        .executable(name: "self-libfuzzer", targets: ["SelfLibFuzzer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Test-only: the oracle that SelfNumericsTests checks SelfNumerics against.
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
    ],
    targets: [
        /// Lexer, parser, AST and diagnostics. Imports nothing, not even Foundation.
        .target(name: "SelfSyntax"),
        /// Big-integer arithmetic: kernels on little-endian 64-bit limbs and the signed
        /// `BigInteger` built on them. Imports nothing, not even Foundation.
        .target(name: "SelfNumerics"),
        /// The VM: objects, heap and collector, compiler, interpreter, primitives.
        .target(
            name: "SelfRuntime", dependencies: ["SelfSyntax", "SelfNumerics"],
            // The VM keeps its state in final classes touched on every send; dynamic
            // exclusivity checks there cost more than the interpreter's own work
            // (measured with callgrind: ~40% of fib's instructions). See docs/architecture.md.
            // Every function starts on a 64-byte line, so that where the dispatch loop's
            // hot blocks fall within their lines depends on the loop's own code only, not
            // on the size of whatever the linker put before it: a dispatch block split
            // across two lines made every program 5-30% slower with the same instructions
            // (docs/performance.md, "Code layout"; scripts/count and scripts/bench say
            // where it falls).
            swiftSettings: [
                .unsafeFlags(["-enforce-exclusivity=unchecked", "-Xllvm", "-align-all-functions=6"])
            ]),
        /// libedit, through its readline-compatible API (docs/repl.md). Only SelfShell imports it.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        /// The REPL: line editing, multi-line input, commands, printing results.
        .target(name: "SelfShell", dependencies: ["SelfSyntax", "SelfRuntime", "CEditLine"]),
        /// The script-test harness of cli.md §6, shared by `self test` and `swift test`.
        .target(name: "SelfTesting", dependencies: ["SelfRuntime", "SelfSyntax"]),
        /// The `self` command: `@main` and subcommands only.
        .executableTarget(
            name: "SelfCLI",
            dependencies: [
                "SelfSyntax",
                "SelfRuntime",
                "SelfShell",
                "SelfTesting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        /// Fuzzing: input generators and mutators, the oracle that classifies outcomes,
        /// and the in-process worker loop (docs/robustness.md).
        .target(name: "SelfFuzzing", dependencies: ["SelfSyntax", "SelfRuntime"]),
        /// The `self-fuzz` worker command that `scripts/fuzz` runs.
        .executableTarget(
            name: "SelfFuzzCLI",
            dependencies: [
                "SelfFuzzing", "SelfRuntime", "SelfSyntax",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        /// The libFuzzer target over the parser and compiler (scripts/fuzz-coverage). A plain
        /// build makes a stub; `--sanitize=fuzzer -Xswiftc -DSELF_LIBFUZZER` the fuzzer.
        .executableTarget(name: "SelfLibFuzzer", dependencies: ["SelfSyntax", "SelfRuntime"]),
        /// SelfNumerics against attaswift/BigInt (a test-only oracle) and hand-derived values.
        .testTarget(
            name: "SelfNumericsTests",
            dependencies: ["SelfNumerics", .product(name: "BigInt", package: "BigInt")]
        ),
        .testTarget(name: "SelfSyntaxTests", dependencies: ["SelfSyntax"], exclude: ["Snapshots"]),
        .testTarget(name: "SelfCLITests", dependencies: ["SelfCLI"], exclude: ["Snapshots"]),
        .testTarget(name: "SelfRuntimeTests", dependencies: ["SelfRuntime", "SelfSyntax"]),
        .testTarget(name: "SelfFuzzingTests", dependencies: ["SelfFuzzing", "SelfRuntime", "SelfSyntax"]),
        /// Every script under Tests/Scripts through the harness, plus the harness's own tests.
        .testTarget(name: "SelfScriptTests", dependencies: ["SelfTesting", "SelfRuntime"]),
        .testTarget(
            name: "SelfShellTests",
            dependencies: ["SelfShell", "SelfRuntime", "SelfCLI"],
            exclude: ["Fixtures"]
        ),
    ]
)
