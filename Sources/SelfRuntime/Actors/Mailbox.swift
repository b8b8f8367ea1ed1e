/// An actor's queue of pending messages: a growable ring buffer of words (actors.md §5).
///
/// A message is stored as consecutive words, wrapping around the end of the buffer:
///
/// | word   | contents                                       |
/// |--------|------------------------------------------------|
/// | 0      | the sending actor's id (integer)               |
/// | 1      | the method found at send time (method object)  |
/// | 2      | the argument count n (integer)                 |
/// | 3…2+n  | the arguments, already blessed into the owner  |
///
/// Every word is a value, so the collector visits the live part as roots. The buffer
/// starts empty (an idle actor that never receives a message costs nothing here) and
/// doubles when full; each operation is O(1) amortised.
public struct Mailbox {
    /// The words; `capacity` of them, a power of two (or none yet).
    private var storage: UnsafeMutablePointer<Value>?
    /// Words allocated.
    private var capacity = 0
    /// Index of the first word of the oldest message.
    private var head = 0
    /// Words in use.
    private var used = 0
    /// Messages waiting.
    public private(set) var count = 0

    /// Words the first buffer holds.
    static let initialCapacity = 16

    public init() {}

    public var isEmpty: Bool { count == 0 }

    /// Every waiting message, oldest first: sender id, method and arguments (for the
    /// REPL's stepping mode; the values are the owner's and stay where they are).
    public func messages() -> [(sender: Int, method: Value, arguments: [Value])] {
        guard let storage else { return [] }
        let mask = capacity - 1
        var index = head
        var found: [(sender: Int, method: Value, arguments: [Value])] = []
        for _ in 0..<count {
            let argumentCount = Int(storage[(index + 2) & mask].integer)
            let arguments = (0..<argumentCount).map { storage[(index + 3 + $0) & mask] }
            found.append((Int(storage[index].integer), storage[(index + 1) & mask], arguments))
            index = (index + 3 + argumentCount) & mask
        }
        return found
    }

    /// Frees the buffer (the actor is gone).
    mutating func release() {
        storage?.deallocate()
        storage = nil
        capacity = 0
        head = 0
        used = 0
        count = 0
    }

    /// Appends a message.
    mutating func append(sender: Int, method: Value, arguments: [Value]) {
        arguments.withUnsafeBufferPointer { buffer in
            append(sender: sender, method: method, arguments: buffer.baseAddress, count: buffer.count)
        }
    }

    /// Appends a message whose `count` arguments are at `arguments`.
    mutating func append(sender: Int, method: Value, arguments: UnsafePointer<Value>?, count argumentCount: Int) {
        let words = 3 + argumentCount
        if used + words > capacity { grow(toHold: used + words) }
        put(Value(integer: Int64(sender)))
        put(method)
        put(Value(integer: Int64(argumentCount)))
        for index in 0..<argumentCount { put(arguments![index]) }
        count += 1
    }

    /// The oldest message's sender, method and argument count, left in place.
    func first() -> (sender: Int, method: Value, argumentCount: Int)? {
        guard count > 0, let storage else { return nil }
        let mask = capacity - 1
        return (Int(storage[head].integer), storage[(head + 1) & mask], Int(storage[(head + 2) & mask].integer))
    }

    /// Removes the oldest message, copying its arguments to `arguments` (registers):
    /// no allocation.
    mutating func removeFirst(copyingArgumentsTo arguments: UnsafeMutablePointer<Value>) {
        guard count > 0, let storage else { return }
        let mask = capacity - 1
        let argumentCount = Int(storage[(head + 2) & mask].integer)
        for index in 0..<argumentCount { arguments[index] = storage[(head + 3 + index) & mask] }
        // Cleared, so that the buffer keeps nothing alive.
        for index in 0..<(3 + argumentCount) { storage[(head + index) & mask] = .empty }
        head = (head + 3 + argumentCount) & mask
        used -= 3 + argumentCount
        count -= 1
    }

    private mutating func put(_ value: Value) {
        storage![(head + used) & (capacity - 1)] = value
        used += 1
    }

    private mutating func grow(toHold words: Int) {
        var newCapacity = max(capacity, Mailbox.initialCapacity)
        while newCapacity < words { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<Value>.allocate(capacity: newCapacity)
        grown.initialize(repeating: .empty, count: newCapacity)
        if let storage {
            for index in 0..<used { grown[index] = storage[(head + index) & (capacity - 1)] }
            storage.deallocate()
        }
        storage = grown
        capacity = newCapacity
        head = 0
    }

    /// Visits every word in use (roots of the owner's heap).
    func visitRoots(_ visit: (UnsafeMutablePointer<Value>) -> Void) {
        guard let storage else { return }
        for index in 0..<used { visit(storage + ((head + index) & (capacity - 1))) }
    }
}
