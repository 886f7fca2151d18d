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

    /// Reads `bytes` as a document called `name`. A web page (see
    /// ``HTMLPage``) is laid out as text first.
    public func read<Bytes: ContiguousBytes>(_ bytes: Bytes, name: String) throws(ReadError) -> Document {
        if let page = try webPageText(bytes) { return parser.parse(try decoder.decode(Array(page.utf8)), name: name) }
        return parser.parse(try decoder.decode(bytes), name: name)
    }

    /// The text of `bytes` when they are a web page: read in the charset
    /// its `<meta>` declares, else in the one the text decoder finds (a
    /// byte order mark, UTF-8, or ICU's detection), then laid out by libxml2.
    private func webPageText<Bytes: ContiguousBytes>(_ bytes: Bytes) throws(ReadError) -> String? {
        let declared: (isHTML: Bool, charset: String?) = bytes.withUnsafeBytes { raw in
            HTMLPage.isHTML(raw) ? (true, HTMLPage.declaredCharset(raw)) : (false, nil)
        }
        guard declared.isHTML else { return nil }
        if let charset = declared.charset, let text = bytes.withUnsafeBytes({ HTMLPage.text($0, encoding: charset) }) {
            return text
        }
        let decoded = try decoder.decode(bytes)
        let utf8 = Array(String(decoding: decoded.original, as: UTF16.self).utf8)
        return utf8.withUnsafeBytes { HTMLPage.text($0, encoding: "UTF-8") }
    }

    /// A file's name without its last extension: `report.gb18030.txt` gives `report.gb18030`.
    public static func documentName(for url: URL) -> String {
        url.deletingPathExtension().lastPathComponent
    }
}
