import Foundation
import HanQuant

/// Where output goes: standard output, or a file written atomically through
/// a temporary file in the same folder and a rename, so that a failed or
/// interrupted run never leaves a truncated file behind.
///
/// A symbolic link is followed: its target is written, the link stays. A
/// path naming a device, a FIFO or a socket is written straight through,
/// with no temporary file and no rename. An existing file keeps its mode
/// and owner; a new one gets the mode a shell redirect gives (0666 less the umask).
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
        var status = stat()
        let exists = stat(path, &status) == 0
        if exists, status.st_mode & S_IFMT != S_IFREG, status.st_mode & S_IFMT != S_IFDIR {
            // /dev/stdout, a FIFO, a terminal: write through, nothing to rename.
            let descriptor = open(path, O_WRONLY | O_APPEND)
            guard descriptor >= 0 else { throw OutputError(message: "cannot write \(path): \(String(cString: strerror(errno)))") }
            handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            destination = nil
            temporary = nil
            return
        }
        // The file the links end in; a dangling link names the file to create.
        let target = exists ? Self.resolved(path) : Self.followingLinks(path)
        let folder = (target as NSString).deletingLastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) as NSString)
            .appendingPathComponent(".\((target as NSString).lastPathComponent).hanquant-XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw OutputError(message: "cannot write next to \(path): \(String(cString: strerror(errno)))") }
        if exists {
            _ = fchmod(descriptor, status.st_mode & 0o7777)
            _ = fchown(descriptor, status.st_uid, status.st_gid) // only root may give a file away; else it stays the runner's
        } else {
            let mask = umask(0)
            umask(mask)
            _ = fchmod(descriptor, 0o666 & ~mask)
        }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        destination = target
        self.temporary = temporary
        InterruptCleanup.remove(onInterrupt: temporary)
    }

    /// The real path of an existing file, its links followed.
    private static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    /// The path a chain of symbolic links at `path` ends in (a link's
    /// relative target is read from its folder), or `path` when it is none.
    static func followingLinks(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length > 0 else { return current }
            let link = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(link)
        }
        return current
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

/// Deletes a temporary output file when the run is interrupted (SIGINT,
/// SIGTERM, SIGHUP, SIGQUIT).
enum InterruptCleanup {
    nonisolated(unsafe) private static var path: UnsafeMutablePointer<CChar>?

    /// Arranges for `temporary` to be removed if the process is interrupted.
    static func remove(onInterrupt temporary: String) {
        path = strdup(temporary)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
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
