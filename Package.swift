// swift-tools-version: 6.1
// SwiftSelf: the Self language (ZigSelf dialect) with Erlang-style actors, in Swift.
// Targets import only downward: SelfSyntax <- SelfCLI. See docs/architecture.md.

import PackageDescription

let package = Package(
    name: "SwiftSelf",
    products: [
        .executable(name: "self", targets: ["SelfCLI"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        /// Lexer, parser, AST and diagnostics. Imports nothing, not even Foundation.
        .target(name: "SelfSyntax"),
        /// The VM: objects, heap and collector, compiler, interpreter, primitives.
        .target(name: "SelfRuntime", dependencies: ["SelfSyntax"]),
        /// The `self` command: `@main` and subcommands only.
        .executableTarget(
            name: "SelfCLI",
            dependencies: [
                "SelfSyntax",
                "SelfRuntime",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "SelfSyntaxTests", dependencies: ["SelfSyntax"]),
        .testTarget(name: "SelfCLITests", dependencies: ["SelfCLI"]),
        .testTarget(name: "SelfRuntimeTests", dependencies: ["SelfRuntime", "SelfSyntax"]),
    ]
)
