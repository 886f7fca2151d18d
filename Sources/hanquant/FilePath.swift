import Foundation
import HanQuant

/// A path as the file system holds it: bytes, which need not be UTF-8. A
/// name that is not UTF-8 is shown (and names its document) with its bad
/// bytes written as `\xFF`, and is opened by its bytes.
struct FilePath: Hashable, Sendable {
    /// The path's bytes, without a terminating NUL.
    let bytes: [UInt8]

    /// The path of a string.
    init(_ string: String) { bytes = Array(string.utf8) }

    /// The path of raw bytes.
    init(bytes: [UInt8]) { self.bytes = bytes }

    /// A path argument as its bytes: an argument that was not UTF-8 reached
    /// ArgumentParser with U+FFFD for its bad bytes, so its bytes are taken
    /// from the raw command line.
    init(argument: String) {
        guard argument.unicodeScalars.contains("\u{FFFD}") else {
            self.init(argument)
            return
        }
        for index in 1..<Int(CommandLine.argc) {
            guard let raw = CommandLine.unsafeArgv[index] else { continue }
            let bytes = Array(UnsafeBufferPointer(start: raw, count: strlen(raw))).map { UInt8(bitPattern: $0) }
            if String(decoding: bytes, as: UTF8.self) == argument {
                self.init(bytes: bytes)
                return
            }
        }
        self.init(argument)
    }

    /// The path as text: itself when it is UTF-8, else with each byte that
    /// is not part of a UTF-8 character written as `\xFF`.
    var text: String {
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var out = ""
        var index = 0
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                out.unicodeScalars.append(Unicode.UTF8.decode(encoded))
                index += encoded.count
            case .error(let length):
                for byte in bytes[index..<(index + length)] { out += "\\x" + String(byte, radix: 16, uppercase: true) }
                index += length
            case .emptyInput:
                return out
            }
        }
    }

    /// Whether the path is UTF-8.
    var isUTF8: Bool { String(validating: bytes, as: UTF8.self) != nil }

    /// Calls `body` with the path as a C string.
    func withCString<Result>(_ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }

    /// `stat` of the path (links followed), or nil.
    func status() -> stat? {
        var result = stat()
        return withCString { stat($0, &result) } == 0 ? result : nil
    }

    /// The path of `name` inside this folder.
    func appending(_ name: [UInt8]) -> FilePath {
        FilePath(bytes: bytes.last == UInt8(ascii: "/") ? bytes + name : bytes + [UInt8(ascii: "/")] + name)
    }

    /// The file's bytes, read by its path's bytes.
    func contents() throws -> Data {
        let descriptor = withCString { open($0, O_RDONLY) }
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        do {
            return try DescriptorReader.readAll(descriptor).data
        } catch {
            throw POSIXError(POSIXErrorCode(rawValue: error.code) ?? .EIO)
        }
    }

    /// The regular files below this folder, recursively, in sorted order of
    /// their text, hidden files and folders (a name starting with `.`)
    /// skipped and folders reached through links not entered; only those
    /// whose name (or relative path, when `include` holds a `/`) matches `include`.
    func filesBelow(include: String?) -> [FilePath] {
        var found: [(text: String, path: FilePath)] = []
        walk(relative: [], into: &found, include: include)
        return found.sorted { $0.text < $1.text }.map(\.path)
    }

    private func walk(relative: [UInt8], into found: inout [(text: String, path: FilePath)], include: String?) {
        let folder = relative.isEmpty ? self : appending(relative)
        guard let directory = folder.withCString({ opendir($0) }) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            guard let first = name.first, first != UInt8(ascii: ".") else { continue }
            let inner = relative.isEmpty ? name : relative + [UInt8(ascii: "/")] + name
            let path = appending(inner)
            var linkStatus = stat()
            guard path.withCString({ lstat($0, &linkStatus) }) == 0 else { continue }
            if linkStatus.st_mode & S_IFMT == S_IFDIR {
                walk(relative: inner, into: &found, include: include)
                continue
            }
            guard let status = path.status(), status.st_mode & S_IFMT == S_IFREG else { continue }
            if let include {
                let subject = include.contains("/") ? inner : name
                let matches = FilePath(bytes: subject).withCString { fnmatch(include, $0, 0) } == 0
                guard matches else { continue }
            }
            found.append((path.text, path))
        }
    }
}
