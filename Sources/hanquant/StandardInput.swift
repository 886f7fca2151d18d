import Foundation
import HanQuant

/// Standard input read with its errors reported: `FileHandle`'s
/// `readDataToEndOfFile()` traps when the descriptor is closed, a directory
/// or write-only, and reads everything before any size check.
enum StandardInput {
    /// Why standard input could not be read.
    struct Failure: Error, CustomStringConvertible {
        /// The system's reason, e.g. "Bad file descriptor".
        let reason: String
        var description: String { "cannot read standard input: \(reason)" }
    }

    /// Whether standard input was closed when the program started.
    nonisolated(unsafe) private static var wasClosed = false

    /// Opens /dev/null on standard input, output and error where they are
    /// closed, before any file is opened: a file opened later would take the
    /// lowest free descriptor and be read as standard input (or written as
    /// standard output). A closed standard input is remembered, and reading
    /// it fails as reading a closed descriptor does.
    static func reserveClosedStreams() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let null = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if null >= 0, null != descriptor {
                dup2(null, descriptor)
                close(null)
            }
            if descriptor == STDIN_FILENO { wasClosed = true }
        }
    }

    /// All of standard input, or throws `Failure`, or `TooLarge` as soon as
    /// more than `limit` bytes have come.
    static func read(limit: Int = .max) throws -> Data {
        if wasClosed { throw Failure(reason: String(cString: strerror(EBADF))) }
        let read: (data: Data, overLimit: Bool)
        do {
            read = try DescriptorReader.readAll(STDIN_FILENO, limit: limit)
        } catch {
            throw Failure(reason: error.reason)
        }
        if read.overLimit { throw TooLarge(bytes: read.data.count, limit: limit) }
        return read.data
    }
}
