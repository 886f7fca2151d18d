import Foundation
import HanQuant

/// One document named on the command line: a file, or standard input as `-`.
struct DocumentInput: Equatable, Sendable {
    /// The path as given, or "-".
    let path: String
    /// The document's name when its plain name (``plainName``) is shared
    /// with another input (see ``DocumentNames``); nil for the plain name.
    private(set) var name: String?

    /// An input for `path`, named after its file.
    init(path: String) {
        self.path = path
    }

    /// The same input under another name.
    func named(_ name: String) -> DocumentInput {
        var named = self
        named.name = name
        return named
    }

    /// The file's name without its last extension, or `stdin`.
    var plainName: String {
        isStandardInput ? "stdin" : DocumentReader.documentName(for: URL(fileURLWithPath: path))
    }

    /// The path made absolute and standardized, to tell files apart.
    var absolutePath: String { URL(fileURLWithPath: path).standardizedFileURL.path }

    /// Whether this input is standard input.
    var isStandardInput: Bool { path == "-" }

    /// The name used in messages, control characters (a newline, an escape
    /// sequence) written as `\u{1B}` so that a file name cannot break a line
    /// or drive the terminal.
    var displayName: String { isStandardInput ? "<stdin>" : Self.printable(path) }

    /// `text` with its control characters escaped.
    static func printable(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control {
                out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The size in bytes, when it is a file that can be examined.
    var size: Int? {
        guard !isStandardInput, let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        return (attributes[.size] as? NSNumber)?.intValue
    }

    /// Reads and segments the document, refusing one over `maximumBytes`.
    func read(with reader: DocumentReader, maximumBytes: Int = .max) throws -> Document {
        if isStandardInput {
            return try reader.read(StandardInput.read(limit: maximumBytes), name: "stdin")
        }
        if let size, size > maximumBytes { throw TooLarge(bytes: size, limit: maximumBytes) }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        return try reader.read(bytes, name: name ?? plainName)
    }

    /// Expands command-line paths: files stay, directories give their
    /// regular files recursively in sorted order (only those whose name
    /// matches `include`, when given), `-` is standard input. A path that
    /// does not exist is returned as is, to fail when read.
    static func expand(_ paths: [String], include: String? = nil) -> [DocumentInput] {
        paths.flatMap { path -> [DocumentInput] in
            var isDirectory: ObjCBool = false
            guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
                  isDirectory.boolValue else { return [DocumentInput(path: path)] }
            return filesBelow(path, include: include).map(DocumentInput.init(path:))
        }
    }

    private static func filesBelow(_ directory: String, include: String?) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            let full = (directory as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !name.hasPrefix(".") else { continue }
            if let include, fnmatch(include, include.contains("/") ? relative : name, 0) != 0 { continue }
            files.append(full)
        }
        return files.sorted()
    }
}

/// A document larger than --max-size.
struct TooLarge: Error, CustomStringConvertible {
    let bytes: Int
    let limit: Int
    var description: String {
        bytes > limit && bytes / 1_048_576 == limit / 1_048_576
            ? "larger than --max-size: more than \(limit / 1_048_576) MB"
            : "larger than --max-size: \(bytes / 1_048_576) MB, the limit is \(limit / 1_048_576) MB"
    }
}

/// A document that could not be read, reported as one line naming the file.
struct DocumentFailure: Error, CustomStringConvertible, Sendable {
    /// The input that failed.
    let input: DocumentInput
    /// Why, in words.
    let reason: String

    init(input: DocumentInput, error: Error) {
        self.input = input
        reason = Self.reason(error)
    }

    /// One line for `error`: a read error's own words, the system's reason
    /// for a file that could not be opened or read ("too many levels of
    /// symbolic links", "input/output error"), never a raw error domain and code.
    static func reason(_ error: Error) -> String {
        switch error {
        case let readError as ReadError: return readError.description
        case let tooLarge as TooLarge: return tooLarge.description
        case let failure as StandardInput.Failure: return failure.description
        case let cocoa as CocoaError where cocoa.code == .fileReadNoSuchFile: return "no such file"
        case let cocoa as CocoaError where cocoa.code == .fileReadNoPermission: return "permission denied"
        default:
            if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? any Error,
               (underlying as NSError).domain == NSPOSIXErrorDomain {
                return String(cString: strerror(Int32((underlying as NSError).code))).lowercased()
            }
            if (error as NSError).domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32((error as NSError).code))).lowercased() }
            return (error as? CustomStringConvertible)?.description ?? "cannot be read"
        }
    }

    var description: String { "\(input.displayName): \(reason)" }
}
