/// Growing UTF-8 output. Writers reserve room for their worst case once and
/// then write through a ``ByteCursor``, so a whole record costs one bounds
/// check rather than one per byte.
struct OutputBuffer {
    /// Allocated bytes; those past ``count`` are room, not output.
    private var storage: [UInt8] = []
    /// The number of bytes written.
    private(set) var count = 0

    /// Creates a buffer with room for `capacity` bytes.
    init(capacity: Int = 0) {
        storage = [UInt8](repeating: 0, count: capacity)
    }

    /// The bytes written so far.
    var bytes: [UInt8] { Array(storage[..<count]) }

    /// The bytes written, handing over the storage without a copy.
    consuming func finish() -> [UInt8] {
        storage.removeSubrange(count...)
        return storage
    }

    /// Calls `body` with a cursor at the end of the output that has room for
    /// at least `size` bytes; what it writes is kept.
    mutating func write(atMost size: Int, _ body: (inout ByteCursor) -> Void) {
        if count + size > storage.count {
            storage.append(contentsOf: repeatElement(0, count: max(storage.count, size, 4096)))
        }
        let start = count
        count += storage.withUnsafeMutableBufferPointer { room in
            var cursor = ByteCursor(room.baseAddress! + start)
            body(&cursor)
            precondition(cursor.count <= size, "wrote past the room reserved")
            return cursor.count
        }
    }

    /// Appends text as it is.
    mutating func append(_ text: String) {
        write(atMost: text.utf8.count) { $0.append(text) }
    }

    /// Appends `text` as a JSON string literal, quotes included.
    mutating func appendJSON(_ text: String) {
        write(atMost: ByteCursor.bound(text)) { $0.appendJSON(text) }
    }

    /// Appends `text` as an RFC 4180 field.
    mutating func appendCSV(_ text: String) {
        write(atMost: ByteCursor.bound(text)) { $0.appendCSV(text) }
    }
}
