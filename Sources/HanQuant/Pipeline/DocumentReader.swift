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
    private let inputFormat: InputFormat?

    /// Creates a reader; `encoding` names a charset to use instead of
    /// detection; with `keepsBoilerplate`, a web page is read whole rather
    /// than its report's block alone; `inputFormat` reads every document in
    /// that format instead of telling each one's from its content.
    public init(encoding: String? = nil, keepsBoilerplate: Bool = false, inputFormat: InputFormat? = nil) {
        decoder = TextDecoder(encodingOverride: encoding)
        self.encoding = encoding
        self.keepsBoilerplate = keepsBoilerplate
        self.inputFormat = inputFormat
    }

    /// Reads the file at `url`; the document is named after the file, without its extension.
    public func read(contentsOf url: URL) throws -> Document {
        let bytes = try Data(contentsOf: url)
        return try read(bytes, name: Self.documentName(for: url))
    }

    /// Reads `bytes` as a document called `name`. A web page (see
    /// `HTMLPage`), a Word document (`WordDocument`) or a PDF (`PDFText`)
    /// is laid out as text first; ``InputFormat/detect(_:)`` tells which
    /// unless the reader was given a format.
    public func read<Bytes: ContiguousBytes>(_ bytes: Bytes, name: String) throws(ReadError) -> Document {
        let detected: Result<InputFormat, ReadError> = bytes.withUnsafeBytes { raw in
            Result { () throws(ReadError) in
                if let inputFormat { return inputFormat }
                return try InputFormat.detect(raw)
            }
        }
        switch try detected.get() {
        case .html:
            guard let page = try webPage(bytes) else { throw .unparsablePage }
            return parser.parse(page.text, name: name, published: page.published)
        case .docx:
            return parser.parse(try wordDocument(bytes), name: name)
        case .pdf:
            let pdf = try PDFText.text(bytes.withUnsafeBytes { Data($0) })
            let text = try decoder.decode(Array(pdf.text.utf8)).recorded(as: TextEncoding(name: "UTF-8", evidence: .pdf))
            return parser.parse(text.paged(firstLines: pdf.pageFirstLines), name: name)
        case .txt:
            return parser.parse(try decoder.decode(bytes), name: name)
        }
    }

    /// The text of `bytes` when they are a web page: read in `--encoding`,
    /// else the charset its `<meta>` declares, else the one the text
    /// decoder finds (a byte order mark, UTF-8, or ICU's detection), then
    /// laid out by libxml2; with the page's publication date from its
    /// `<meta>`, if any. Nil when libxml2 cannot parse the bytes.
    private func webPage<Bytes: ContiguousBytes>(_ bytes: Bytes) throws(ReadError) -> (text: DecodedText, published: CalendarDate?)? {
        let declared = bytes.withUnsafeBytes(HTMLPage.declaredCharset)
        let mainOnly = !keepsBoilerplate
        var page: HTMLPage.Rendered?
        var charset = "", source = ""
        if let named = encoding ?? declared {
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
        let text = try decoder.decode(Array(page.text.text.utf8)).marked(headingLevels: page.text.headingLevels)
        let evidence = TextEncoding.Evidence.webPage(charset: charset, source: source, leftOut: page.leftOut)
        return (text.recorded(as: TextEncoding(name: charset, evidence: evidence)), page.published)
    }

    /// The text of `bytes` as a Word document.
    private func wordDocument<Bytes: ContiguousBytes>(_ bytes: Bytes) throws(ReadError) -> DecodedText {
        guard bytes.withUnsafeBytes(ZipBounds.hold) else { throw .damagedArchive }
        guard let text = WordDocument.text(bytes.withUnsafeBytes { Data($0) }) else { throw .notWordDocument }
        return try decoder.decode(Array(text.text.utf8)).marked(headingLevels: text.headingLevels)
            .recorded(as: TextEncoding(name: "UTF-8", evidence: .wordDocument))
    }

    /// Whether ICU has a converter for the charset `name` (for `--encoding`).
    public static func knowsEncoding(_ name: String) -> Bool {
        Transcoder.knows(name)
    }

    /// A file's name without its last extension: `report.gb18030.txt` gives `report.gb18030`.
    public static func documentName(for url: URL) -> String {
        url.deletingPathExtension().lastPathComponent
    }
}
