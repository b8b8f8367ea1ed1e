import SelfRuntime

/// The texts mutations start from: every `.self` file under some directories (the
/// script tests, the world, the examples), in path order so that a run is
/// reproducible from its seed.
public struct Corpus: Sendable {
    /// Each file's path and bytes.
    public let files: [(path: String, bytes: [UInt8])]

    public init(files: [(path: String, bytes: [UInt8])]) {
        self.files = files
    }

    /// Loads every `.self` file under `directories`, recursively.
    public init(directories: [String]) {
        var paths: [String] = []
        func walk(_ directory: String) {
            for name in Platform.directoryEntries(directory).sorted() {
                let path = Path.join(directory, name)
                if Platform.isDirectory(path) {
                    walk(path)
                } else if name.hasSuffix(".self") {
                    paths.append(path)
                }
            }
        }
        for directory in directories { walk(directory) }
        files = paths.compactMap { path in
            guard case .success(let bytes) = Platform.readFile(path) else { return nil }
            return (path, bytes)
        }
    }

    /// Whether there is nothing to mutate.
    public var isEmpty: Bool { files.isEmpty }
}
