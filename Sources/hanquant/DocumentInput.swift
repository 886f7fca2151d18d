import Foundation
import HanQuant

/// One document named on the command line: a file, or standard input as `-`.
struct DocumentInput: Equatable, Sendable {
    /// The path as given, or "-"; a path that is not UTF-8 with its bad bytes as `\xFF`.
    let path: String
    /// The path's bytes, by which the file is opened.
    let filePath: FilePath
    /// The document's name when its plain name (``plainName``) is shared
    /// with another input (see ``DocumentNames``); nil for the plain name.
    private(set) var name: String?

    /// An input for `path`, named after its file.
    init(path: String) {
        self.path = path
        filePath = FilePath(path)
    }

    /// An input for a path of the file system, UTF-8 or not.
    init(filePath: FilePath) {
        self.filePath = filePath
        path = filePath.text
    }

    /// The same input under another name.
    func named(_ name: String) -> DocumentInput {
        var named = self
        named.name = name
        return named
    }

    /// The file's name without its last extension, or `stdin`.
    /// The name its facts carry: ``plainName``, unless another input shares it.
    var documentName: String { name ?? plainName }

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
        guard !isStandardInput, let status = filePath.status(), status.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(status.st_size)
    }

    /// Reads and segments the document, refusing one over `maximumBytes`.
    func read(with reader: DocumentReader, maximumBytes: Int = .max) throws -> Document {
        if isStandardInput {
            return try reader.read(StandardInput.read(limit: maximumBytes), name: "stdin")
        }
        if let size, size > maximumBytes { throw TooLarge(bytes: size, limit: maximumBytes) }
        let bytes = filePath.isUTF8 ? try Data(contentsOf: URL(fileURLWithPath: path)) : try filePath.contents()
        return try reader.read(bytes, name: documentName)
    }

    /// Expands command-line paths: files stay, directories give their
    /// regular files recursively in sorted order (only those whose name
    /// matches `include`, when given), `-` is standard input. A path that
    /// does not exist is returned as is, to fail when read.
    static func expand(_ paths: [FilePath], include: String? = nil) -> [DocumentInput] {
        paths.flatMap { path -> [DocumentInput] in
            guard path.bytes != [UInt8(ascii: "-")], let status = path.status(), status.st_mode & S_IFMT == S_IFDIR else {
                return [DocumentInput(filePath: path)]
            }
            return path.filesBelow(include: include).map(DocumentInput.init(filePath:))
        }
    }

    /// Expands paths given as text.
    static func expand(_ paths: [String], include: String? = nil) -> [DocumentInput] {
        expand(paths.map { FilePath($0) }, include: include)
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

/// A document that could not be read, reported as one line naming the
/// file, or the record of a JSON Lines input.
struct DocumentFailure: Error, CustomStringConvertible, Sendable {
    /// The failed document as messages name it: a file, or a record's line and id.
    let displayName: String
    /// Why, in words.
    let reason: String

    init(input: DocumentInput, error: Error) {
        displayName = input.displayName
        reason = Self.reason(error)
    }

    /// A record of a JSON Lines input that failed.
    init(record: RecordPlace, reason: String) {
        displayName = record.displayName
        self.reason = reason
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
            return String(describing: error)
        }
    }

    var description: String { "\(displayName): \(reason)" }
}
