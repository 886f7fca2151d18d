import Foundation

/// Everything a file descriptor (a pipe, standard input) holds, read with
/// `read(2)` and its errors: `FileHandle.readDataToEndOfFile()` traps on an
/// error, and a read a signal interrupts (`EINTR`, as when a child process
/// exits while its output is read) is one.
public enum DescriptorReader {
    /// A read that failed: `errno`'s number.
    public struct Failure: Error {
        /// The `errno` value.
        public let code: Int32
        /// `strerror`'s line for it.
        public var reason: String { String(cString: strerror(code)) }
    }

    /// Reads what `descriptor` gives next into `buffer`, retrying a read a
    /// signal interrupted; returns the bytes read, 0 at the end.
    public static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) throws(Failure) -> Int {
        while true {
            let count = Foundation.read(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno != EINTR { throw Failure(code: errno) }
        }
    }

    /// What `descriptor` holds until its end; `overLimit` when more than
    /// `limit` bytes came, where reading stopped.
    public static func readAll(_ descriptor: Int32, limit: Int = .max) throws(Failure) -> (data: Data, overLimit: Bool) {
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(code: errno)
            }
            if count == 0 { return (data, false) }
            data.append(contentsOf: chunk[..<count])
            if data.count > limit { return (data, true) }
        }
    }
}
