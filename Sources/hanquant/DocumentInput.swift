import Foundation
import HanQuant

/// One document named on the command line: a file, or standard input as `-`.
struct DocumentInput: Equatable {
    /// The path as given, or "-".
    let path: String

    /// Whether this input is standard input.
    var isStandardInput: Bool { path == "-" }

    /// The name used in messages.
    var displayName: String { isStandardInput ? "<stdin>" : path }

    /// Reads and segments the document.
    func read(with reader: DocumentReader) throws -> Document {
        if isStandardInput {
            return try reader.read(FileHandle.standardInput.readDataToEndOfFile(), name: "stdin")
        }
        return try reader.read(contentsOf: URL(fileURLWithPath: path))
    }

    /// Expands command-line paths: files stay, directories give their
    /// regular files recursively in sorted order, `-` is standard input.
    /// A path that does not exist is returned as is, to fail when read.
    static func expand(_ paths: [String]) -> [DocumentInput] {
        paths.flatMap { path -> [DocumentInput] in
            var isDirectory: ObjCBool = false
            guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
                  isDirectory.boolValue else { return [DocumentInput(path: path)] }
            return filesBelow(path).map(DocumentInput.init(path:))
        }
    }

    private static func filesBelow(_ directory: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let full = (directory as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
               !(relative as NSString).lastPathComponent.hasPrefix(".") {
                files.append(full)
            }
        }
        return files.sorted()
    }
}

/// A document that could not be read, reported as one line naming the file.
struct DocumentFailure: Error, CustomStringConvertible {
    /// The input that failed.
    let input: DocumentInput
    /// Why.
    let error: Error

    var description: String {
        let reason: String
        switch error {
        case let readError as ReadError: reason = readError.description
        case let cocoa as CocoaError where cocoa.code == .fileReadNoSuchFile: reason = "no such file"
        case let cocoa as CocoaError where cocoa.code == .fileReadNoPermission: reason = "permission denied"
        default: reason = error.localizedDescription
        }
        return "\(input.displayName): \(reason)"
    }
}
