/// How a document's bytes were turned into text.
public struct TextEncoding: Sendable, Equatable, CustomStringConvertible {
    /// How the encoding was chosen.
    public enum Evidence: Sendable, Equatable {
        /// A byte order mark named it.
        case byteOrderMark
        /// The bytes are well-formed UTF-8.
        case wellFormedUTF8
        /// The bytes are UTF-8 but for a few malformed sequences.
        case mostlyWellFormedUTF8
        /// ICU's charset detector chose it, with this confidence (0–100).
        case detected(confidence: Int)
        /// The user named it (`--encoding`).
        case userOverride
        /// UTF-16 or UTF-32 without a byte order mark: the NUL bytes fall
        /// where that encoding puts them, and the text decodes to likely characters.
        case nulPattern
        /// A web page, read in `charset` (named by `source`: its `<meta>`,
        /// or how the text decoder chose it) and laid out as text, with
        /// `leftOut` characters of the page's other blocks dropped.
        indirect case webPage(charset: String, source: String, leftOut: Int)
        /// A Word document (`.docx`): its `word/document.xml`, laid out as text.
        case wordDocument
        /// A PDF, read by `pdftotext -layout`.
        case pdf
    }

    /// The charset name, as given to ICU's converters: "UTF-8", "UTF-16LE",
    /// "UTF-16BE", "GB18030", "Big5", or whatever the user or detector named.
    public let name: String
    /// Why this encoding was chosen.
    public let evidence: Evidence

    /// Creates an encoding record.
    public init(name: String, evidence: Evidence) {
        self.name = name
        self.evidence = evidence
    }

    /// The characters of a web page's other blocks left out, nil for other formats.
    public var leftOut: Int? {
        if case .webPage(_, _, let leftOut) = evidence { return leftOut }
        return nil
    }

    /// The format the text was laid out from.
    public var format: InputFormat {
        switch evidence {
        case .webPage: return .html
        case .wordDocument: return .docx
        case .pdf: return .pdf
        default: return .txt
        }
    }

    /// The name followed by the evidence, e.g. "GB18030 (detected, confidence 100)".
    public var description: String {
        if case .wordDocument = evidence { return "Word document (word/document.xml), laid out as text" }
        if case .pdf = evidence { return "PDF (pdftotext -layout), wrapped lines joined, page numbers and running headers dropped" }
        if case .webPage(let charset, let source, let leftOut) = evidence {
            return "HTML page in \(charset) (\(source)), laid out as text; "
                + (leftOut > 0 ? "\(leftOut) characters of other blocks left out" : "nothing left out")
        }
        return "\(name) (\(reason))"
    }

    /// Why this encoding was chosen, in words: "detected, confidence 100".
    public var reason: String {
        switch evidence {
        case .byteOrderMark: return "byte order mark"
        case .wellFormedUTF8: return "well-formed"
        case .mostlyWellFormedUTF8: return "with malformed sequences"
        case .detected(let confidence): return "detected, confidence \(confidence)"
        case .userOverride: return "--encoding"
        case .nulPattern: return "NUL bytes where its ASCII characters' zero bytes fall"
        case .webPage: return "web page"
        case .wordDocument: return "Word document"
        case .pdf: return "PDF"
        }
    }
}
