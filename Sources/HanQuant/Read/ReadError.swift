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
    /// An old binary word-processor file (Word 97–2003 `.doc`, WPS `.wps`):
    /// it must be converted to `.docx` first.
    case legacyWordProcessorFile
    /// `--input-format docx` was given, or the bytes are a zip archive, but
    /// the archive holds no `word/document.xml`.
    case notWordDocument
    /// A zip archive whose directory points past the end of its bytes
    /// (damaged, cut short, or a ZIP64 archive, which Word never writes).
    case damagedArchive
    /// `--input-format html` was given and libxml2 could not parse the bytes as a page.
    case unparsablePage
    /// A document read in windows (`TextWindowReader`) stopped being
    /// text past its opening, at `byte`: the facts before were already
    /// written, the rest is not read.
    case windowNotText(byte: Int, reason: String)
    /// A document read in windows could not be read on: the system's reason.
    case unreadable(String)

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
        case .legacyWordProcessorFile:
            return "an old Word or WPS file (.doc, .wps), which HanQuant does not read: convert it first with "
                + "libreoffice --headless --convert-to docx FILE (Debian: sudo apt-get install -y libreoffice-writer-nogui)"
        case .notWordDocument:
            return "not a Word document (.docx): no zip archive holding word/document.xml"
        case .damagedArchive:
            return "a damaged zip archive (.docx): its directory points past the end of the file"
        case .unparsablePage:
            return "not a web page libxml2 can parse"
        case .windowNotText(let byte, let reason):
            return "read up to byte \(byte), where \(reason); the facts before it were written, the rest was not read"
        case .unreadable(let reason):
            return "could not be read on: \(reason); the facts before were written"
        }
    }
}
