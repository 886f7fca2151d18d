#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Growing UTF-8 output in memory from `malloc`, grown with `realloc`: a
/// page is touched only when output reaches it, and a large buffer grows
/// without being copied. Writers reserve room for their worst case once and
/// then write through a ``ByteCursor``, so a whole record costs one bounds
/// check rather than one per byte.
///
/// A reference type: whoever holds it shares the one buffer.
final class OutputBuffer: @unchecked Sendable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The number of bytes written.
    private(set) var count = 0

    /// Creates a buffer with room for `capacity` bytes, in a block kept
    /// from a buffer let go of when one is large enough (``SpareBlocks``).
    init(capacity: Int = 0) {
        if let spare = SpareBlocks.shared.take(atLeast: capacity) {
            self.capacity = spare.capacity
            start = spare.start.assumingMemoryBound(to: UInt8.self)
        } else {
            self.capacity = max(capacity, 64)
            start = malloc(self.capacity)!.assumingMemoryBound(to: UInt8.self)
        }
    }

    deinit { SpareBlocks.shared.give(start, capacity: capacity) }

    /// The bytes written, without a copy, for the duration of `body`.
    func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: start, count: count))
    }

    /// Forgets what was written, keeping the memory for what comes next.
    func removeAll() {
        count = 0
    }

    /// A copy of the bytes written.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

    /// Calls `body` with a cursor at the end of the output that has room for
    /// at least `size` bytes; what it writes is kept.
    func write(atMost size: Int, _ body: (inout ByteCursor) -> Void) {
        if count + size > capacity {
            capacity = max(capacity * 2, count + size)
            start = realloc(start, capacity)!.assumingMemoryBound(to: UInt8.self)
        }
        var cursor = ByteCursor(start + count)
        body(&cursor)
        precondition(cursor.count <= size, "wrote past the room reserved")
        count += cursor.count
    }

    /// Appends text as it is.
    func append(_ text: String) {
        write(atMost: text.utf8.count) { $0.append(text) }
    }

    /// Appends `text` as a JSON string literal, quotes included.
    func appendJSON(_ text: String) {
        write(atMost: ByteCursor.bound(text)) { $0.appendJSON(text) }
    }

    /// Appends `text` as an RFC 4180 field.
    func appendCSV(_ text: String) {
        write(atMost: ByteCursor.bound(text)) { $0.appendCSV(text) }
    }
}
