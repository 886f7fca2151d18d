import Foundation
import HanQuant

/// Where output goes: standard output, or a file written atomically through
/// a temporary file in the same folder and a rename, so that a failed or
/// interrupted run never leaves a truncated file behind.
final class AtomicOutput {
    private let handle: FileHandle
    private let destination: String?
    private let temporary: String?

    /// Output to `path`, or to standard output when nil.
    init(path: String?) throws {
        guard let path else {
            handle = FileHandle.standardOutput
            destination = nil
            temporary = nil
            return
        }
        let folder = (path as NSString).deletingLastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) as NSString)
            .appendingPathComponent(".\((path as NSString).lastPathComponent).hanquant-XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw OutputError(message: "cannot write next to \(path): \(String(cString: strerror(errno)))") }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        destination = path
        self.temporary = temporary
        InterruptCleanup.remove(onInterrupt: temporary)
    }

    /// The first write that failed; later writes are skipped, and ``commit()`` reports it.
    private var failure: OutputError?

    /// Writes bytes straight from the array, with no copy.
    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes(write)
    }

    /// Writes a rendered document straight from its buffer, with no copy.
    func write(_ document: RenderedDocument) {
        document.withUnsafeBytes(write)
    }

    /// Writes bytes from a buffer, with no copy.
    func write(_ buffer: UnsafeRawBufferPointer) {
        guard failure == nil, buffer.count > 0 else { return }
        var offset = 0
        while offset < buffer.count {
            let written = Foundation.write(handle.fileDescriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                failure = OutputError(message: "cannot write \(destination ?? "standard output"): \(String(cString: strerror(errno)))")
                return
            }
            offset += written
        }
    }

    /// Puts the file in place (for standard output, only reports a failed write).
    func commit() throws {
        if let failure { throw failure }
        guard let destination, let temporary else { return }
        try handle.synchronize()
        try handle.close()
        guard rename(temporary, destination) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw OutputError(message: "cannot write \(destination): \(reason)")
        }
        InterruptCleanup.clear()
    }

    /// Removes the temporary file after a failure.
    func discard() {
        guard let temporary else { return }
        try? handle.close()
        unlink(temporary)
        InterruptCleanup.clear()
    }
}

/// An output file that could not be written.
struct OutputError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// Deletes a temporary output file when the run is interrupted (SIGINT, SIGTERM).
enum InterruptCleanup {
    nonisolated(unsafe) private static var path: UnsafeMutablePointer<CChar>?

    /// Arranges for `temporary` to be removed if the process is interrupted.
    static func remove(onInterrupt temporary: String) {
        path = strdup(temporary)
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber) { number in
                if let path = InterruptCleanup.path { unlink(path) }
                _exit(128 + number)
            }
        }
    }

    /// Forgets the file: it was committed or discarded.
    static func clear() {
        free(path)
        path = nil
    }
}
