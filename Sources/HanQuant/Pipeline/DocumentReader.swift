import Foundation

/// Reads documents from files or bytes through the Read and Structure stages.
///
/// It holds ICU iterators, so it is not thread-safe: use one per task.
///
/// ```swift
/// let document = try DocumentReader().read(contentsOf: URL(fileURLWithPath: "report.txt"))
/// print(document.title ?? "untitled", document.date?.description ?? "undated")
/// ```
public final class DocumentReader {
    private let decoder: TextDecoder
    private let parser = StructureParser()

    /// Creates a reader; `encoding` names a charset to use instead of detection.
    public init(encoding: String? = nil) {
        decoder = TextDecoder(encodingOverride: encoding)
    }

    /// Reads the file at `url`; the document is named after the file, without its extension.
    public func read(contentsOf url: URL) throws -> Document {
        let bytes = try Data(contentsOf: url)
        return try read(bytes, name: Self.documentName(for: url))
    }

    /// Reads `bytes` as a document called `name`.
    public func read<Bytes: ContiguousBytes>(_ bytes: Bytes, name: String) throws(ReadError) -> Document {
        parser.parse(try decoder.decode(bytes), name: name)
    }

    /// A file's name without its last extension: `report.gb18030.txt` gives `report.gb18030`.
    public static func documentName(for url: URL) -> String {
        url.deletingPathExtension().lastPathComponent
    }
}
