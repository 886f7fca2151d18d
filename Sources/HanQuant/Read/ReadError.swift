/// Why a document could not be read as text.
public enum ReadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes hold NUL bytes and are not UTF-16 or UTF-32.
    case nulBytes(firstOffset: Int)
    /// No encoding fits the bytes well enough to call them text.
    case noCredibleEncoding
    /// The bytes decode, but mostly to replacement or control characters.
    case mostlyUndecodable(percent: Int)
    /// The user named an encoding that ICU does not know.
    case unknownEncoding(String)
    /// A PDF, and poppler's `pdftotext` is not installed.
    case pdfReaderMissing
    /// A PDF that `pdftotext` could not read.
    case pdfUnreadable
    /// A PDF with no text layer (a scanned one): there is nothing to read.
    case pdfWithoutText

    /// One line for a person, without the file name.
    public var description: String {
        switch self {
        case .nulBytes(let offset):
            return "not text: NUL byte at offset \(offset) and no UTF-16 or UTF-32 encoding"
        case .noCredibleEncoding:
            return "not text: no credible encoding found"
        case .mostlyUndecodable(let percent):
            return "not text: \(percent)% of the characters are undecodable or control characters"
        case .unknownEncoding(let name):
            return "unknown encoding '\(name)' (ICU has no converter by that name)"
        case .pdfReaderMissing:
            return "a PDF: reading it needs poppler's pdftotext (sudo apt-get install -y poppler-utils)"
        case .pdfUnreadable:
            return "a PDF that pdftotext could not read (damaged or encrypted)"
        case .pdfWithoutText:
            return "a PDF with no text layer (a scanned document?): nothing to read; run OCR on it first"
        }
    }
}
