/// The file formats HanQuant reads, told apart by their content.
public enum InputFormat: String, CaseIterable, Sendable {
    /// Plain text in any encoding the text decoder reads.
    case txt
    /// A web page (`HTMLPage`).
    case html
    /// A PDF with a text layer (`PDFText`).
    case pdf
    /// A Word document in Office Open XML (`WordDocument`).
    case docx

    /// The format `bytes` hold, by their first bytes alone: `%PDF-`, a zip
    /// archive (a `.docx` when it holds `word/document.xml`, which reading
    /// checks), a page opening with HTML tags, else text. Throws for the
    /// binary formats of old word processors (`.doc`, `.wps`), which need
    /// converting first.
    public static func detect(_ bytes: UnsafeRawBufferPointer) throws(ReadError) -> InputFormat {
        if PDFText.isPDF(bytes) { return .pdf }
        if WordDocument.isZip(bytes) { return .docx }
        if bytes.starts(with: compoundDocumentMagic) { throw .legacyWordProcessorFile }
        if HTMLPage.isHTML(bytes) { return .html }
        return .txt
    }

    /// The eight bytes that open an OLE compound document: Word 97–2003
    /// `.doc`, WPS Office `.wps`, and the Excel and PowerPoint files of that age.
    static let compoundDocumentMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
}
