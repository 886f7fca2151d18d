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
    private let encoding: String?
    private let keepsBoilerplate: Bool

    /// Creates a reader; `encoding` names a charset to use instead of
    /// detection; with `keepsBoilerplate`, a web page is read whole rather
    /// than its report's block alone.
    public init(encoding: String? = nil, keepsBoilerplate: Bool = false) {
        decoder = TextDecoder(encodingOverride: encoding)
        self.encoding = encoding
        self.keepsBoilerplate = keepsBoilerplate
    }

    /// Reads the file at `url`; the document is named after the file, without its extension.
    public func read(contentsOf url: URL) throws -> Document {
        let bytes = try Data(contentsOf: url)
        return try read(bytes, name: Self.documentName(for: url))
    }

    /// Reads `bytes` as a document called `name`. A web page (see
    /// ``HTMLPage``), a Word document (``WordDocument``) or a PDF (``PDFText``)
    /// is laid out as text first.
    public func read<Bytes: ContiguousBytes>(_ bytes: Bytes, name: String) throws(ReadError) -> Document {
        if let page = try webPage(bytes) { return parser.parse(page, name: name) }
        if let word = try wordDocument(bytes) { return parser.parse(word, name: name) }
        if bytes.withUnsafeBytes(PDFText.isPDF) {
            let text = try PDFText.text(bytes.withUnsafeBytes { Data($0) })
            return parser.parse(try decoder.decode(Array(text.utf8)).recorded(as: TextEncoding(name: "UTF-8", evidence: .pdf)), name: name)
        }
        return parser.parse(try decoder.decode(bytes), name: name)
    }

    /// The text of `bytes` when they are a web page: read in `--encoding`,
    /// else the charset its `<meta>` declares, else the one the text
    /// decoder finds (a byte order mark, UTF-8, or ICU's detection), then
    /// laid out by libxml2.
    private func webPage<Bytes: ContiguousBytes>(_ bytes: Bytes) throws(ReadError) -> DecodedText? {
        let declared: (isHTML: Bool, charset: String?) = bytes.withUnsafeBytes { raw in
            HTMLPage.isHTML(raw) ? (true, HTMLPage.declaredCharset(raw)) : (false, nil)
        }
        guard declared.isHTML else { return nil }
        let mainOnly = !keepsBoilerplate
        var page: (text: String, leftOut: Int)?
        var charset = "", source = ""
        if let named = encoding ?? declared.charset {
            (charset, source) = (named, encoding != nil ? "--encoding" : "<meta charset>")
            page = bytes.withUnsafeBytes { HTMLPage.text($0, encoding: named, mainOnly: mainOnly) }
        }
        if page == nil {
            let decoded = try decoder.decode(bytes)
            (charset, source) = (decoded.encoding.name, decoded.encoding.reason)
            let utf8 = Array(String(decoding: decoded.original, as: UTF16.self).utf8)
            page = utf8.withUnsafeBytes { HTMLPage.text($0, encoding: "UTF-8", mainOnly: mainOnly) }
        }
        guard let page else { return nil }
        let text = try decoder.decode(Array(page.text.utf8))
        return text.recorded(as: TextEncoding(name: "UTF-8", evidence: .webPage(charset: charset, source: source, leftOut: page.leftOut)))
    }

    /// The text of `bytes` when they are a Word document, or nil.
    private func wordDocument<Bytes: ContiguousBytes>(_ bytes: Bytes) throws(ReadError) -> DecodedText? {
        guard bytes.withUnsafeBytes(WordDocument.isZip),
              let text = WordDocument.text(bytes.withUnsafeBytes { Data($0) }) else { return nil }
        return try decoder.decode(Array(text.utf8))
            .recorded(as: TextEncoding(name: "UTF-8", evidence: .wordDocument))
    }

    /// A file's name without its last extension: `report.gb18030.txt` gives `report.gb18030`.
    public static func documentName(for url: URL) -> String {
        url.deletingPathExtension().lastPathComponent
    }
}
