import ArgumentParser
import HanQuant

/// How every command that reads documents reads them: in which encoding,
/// as which format, whether a web page is read whole, and up to what size.
struct ReadingOptions: ParsableArguments {
    @Option(help: "Read every input in this encoding instead of detecting it (e.g. GB18030, Big5).")
    var encoding: String?

    @Option(name: .customLong("input-format"),
            help: ArgumentHelp("Read every input as this format instead of telling each one's from its content; "
                               + "jsonl: every input is JSON Lines records, one document each (not for text and segments), "
                               + "as {\"doc\": \"id\", \"text\": \"...\"}.",
                               valueName: "txt|html|pdf|docx|jsonl"))
    var inputFormat: InputChoice?

    @Option(name: .customLong("doc-field"), help: ArgumentHelp("With --input-format jsonl, the field holding each record's document id.", valueName: "name"))
    var docField = "doc"

    @Option(name: .customLong("text-field"), help: ArgumentHelp("With --input-format jsonl, the field holding each record's text.", valueName: "name"))
    var textField = "text"

    /// Whether every input is a stream of records.
    var readsRecords: Bool { inputFormat == .records }

    /// The record fields --doc-field and --text-field name.
    var recordFields: DocumentRecord.Fields { DocumentRecord.Fields(doc: docField, text: textField) }

    @Flag(name: .customLong("keep-boilerplate"),
          help: "Read web pages whole, not only the block that holds the report (navigation, related news and footers too).")
    var keepsBoilerplate = false

    @Option(name: .customLong("max-size"), help: ArgumentHelp("Refuse documents larger than this many MB.", valueName: "MB"))
    var maxSize: Int = 256

    /// The largest document read, in bytes.
    var maximumBytes: Int { maxSize * 1024 * 1024 }

    /// The largest --max-size: 1 TB, far below where MB to bytes overflows.
    static let largestMaxSize = 1 << 20

    /// An --encoding ICU has no converter for is a usage error, not a
    /// failure of every document; --max-size is 1 MB to 1 TB.
    func validate() throws {
        guard (1...Self.largestMaxSize).contains(maxSize) else {
            throw ValidationError("--max-size takes 1 to \(Self.largestMaxSize) (MB, that is 1 TB), not \(maxSize)")
        }
        if readsRecords, encoding != nil {
            throw ValidationError("--encoding does not apply to --input-format jsonl: JSON records are Unicode")
        }
        if !readsRecords, docField != "doc" || textField != "text" {
            throw ValidationError("--doc-field and --text-field name the fields of --input-format jsonl records")
        }
        if docField == textField {
            throw ValidationError("--doc-field and --text-field must name two fields, not '\(docField)' twice")
        }
        if let encoding, !DocumentReader.knowsEncoding(encoding) {
            throw ValidationError("--encoding: ICU has no converter named '\(encoding)' (try GB18030, Big5, UTF-16LE)")
        }
    }

    /// Reads the one document a command names (`text`, `segments`): a
    /// path, UTF-8 or not, or `-`; a failure is one line naming it.
    func read(_ path: String) throws -> (input: DocumentInput, document: Document) {
        if readsRecords { throw ValidationError("--input-format jsonl is not read by text and segments: each shows one document") }
        let input = DocumentInput(filePath: FilePath(argument: path))
        do {
            return (input, try input.read(with: reader(), maximumBytes: maximumBytes))
        } catch {
            throw DocumentFailure(input: input, error: error)
        }
    }

    /// A reader configured by these options.
    func reader() -> DocumentReader {
        DocumentReader(encoding: documentEncoding, keepsBoilerplate: keepsBoilerplate, inputFormat: inputFormat?.documentFormat)
    }

    /// The encoding documents are read in: --encoding's, or UTF-8 for a
    /// record's text, which JSON gives as Unicode (its format, text or web
    /// page, is still told from its content).
    var documentEncoding: String? {
        readsRecords ? "UTF-8" : encoding
    }
}
