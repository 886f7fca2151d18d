import Foundation

/// The lines of a file descriptor (a pipe, standard input, a file), read in
/// chunks as they come, so that a stream of any length is read in the
/// memory of its longest line. A line longer than the limit is passed over
/// without being held, and reported as such.
public struct LineReader {
    /// One line: its number from 1, and its bytes without `\n` (and without
    /// a `\r` before it), or nil when it was longer than the limit.
    public struct Line {
        /// The line's number, from 1.
        public let number: Int
        /// The line's bytes, or nil for a line over the limit.
        public let bytes: [UInt8]?
    }

    private let descriptor: Int32
    private let limit: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private var number = 0

    /// Reads `descriptor`, which it does not close; lines over `limit` bytes are passed over.
    public init(descriptor: Int32, limit: Int = .max) {
        self.descriptor = descriptor
        self.limit = limit
    }

    /// The next line, or nil at the end; a final line without `\n` counts.
    public mutating func next() throws(DescriptorReader.Failure) -> Line? {
        var skipping = false
        var scanned = start
        while true {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                number += 1
                defer { start = newline + 1 }
                if skipping || newline - start > limit { return Line(number: number, bytes: nil) }
                var end = newline
                if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                return Line(number: number, bytes: Array(buffer[start..<end]))
            }
            if buffer.count - start > limit {
                // Over the limit before its end: drop what is held and read on to the newline.
                skipping = true
                buffer.removeAll(keepingCapacity: true)
                start = 0
            }
            if atEnd {
                guard start < buffer.count || skipping else { return nil }
                number += 1
                let line = skipping ? nil : Array(buffer[start...])
                buffer.removeAll()
                start = 0
                return Line(number: number, bytes: line)
            }
            compact()
            scanned = buffer.count
            try fill()
        }
    }

    /// Moves the unread bytes to the front, so that the buffer holds one line's worth.
    private mutating func compact() {
        guard start > 0 else { return }
        buffer.removeSubrange(0..<start)
        start = 0
    }

    /// Reads one chunk, setting `atEnd` when the descriptor has no more.
    private mutating func fill() throws(DescriptorReader.Failure) {
        let chunkSize = 1 << 16
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunkSize))
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + old, chunkSize) }
            if count < 0 {
                if errno == EINTR { continue }
                buffer.removeSubrange(old...)
                throw DescriptorReader.Failure(code: errno)
            }
            buffer.removeSubrange((old + count)...)
            if count == 0 { atEnd = true }
            return
        }
    }
}
