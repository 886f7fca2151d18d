import ArgumentParser
import HanQuant

/// How every command that reads documents reads them: in which encoding,
/// as which format, whether a web page is read whole, and up to what size.
struct ReadingOptions: ParsableArguments {
    @Option(help: "Read every input in this encoding instead of detecting it (e.g. GB18030, Big5).")
    var encoding: String?

    @Option(name: .customLong("input-format"),
            help: ArgumentHelp("Read every input as this format instead of telling each one's from its content.",
                               valueName: "txt|html|pdf|docx"))
    var inputFormat: InputFormat?

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
        if let encoding, !DocumentReader.knowsEncoding(encoding) {
            throw ValidationError("--encoding: ICU has no converter named '\(encoding)' (try GB18030, Big5, UTF-16LE)")
        }
    }

    /// Reads the one document a command names (`text`, `segments`): a
    /// path, UTF-8 or not, or `-`; a failure is one line naming it.
    func read(_ path: String) throws -> (input: DocumentInput, document: Document) {
        let input = DocumentInput(filePath: FilePath(argument: path))
        do {
            return (input, try input.read(with: reader(), maximumBytes: maximumBytes))
        } catch {
            throw DocumentFailure(input: input, error: error)
        }
    }

    /// A reader configured by these options.
    func reader() -> DocumentReader {
        DocumentReader(encoding: encoding, keepsBoilerplate: keepsBoilerplate, inputFormat: inputFormat)
    }
}
