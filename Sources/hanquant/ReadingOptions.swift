import ArgumentParser
import HanQuant

/// How every command that reads documents reads them: in which encoding,
/// as which format, and whether a web page is read whole.
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

    /// A reader configured by these options.
    func reader() -> DocumentReader {
        DocumentReader(encoding: encoding, keepsBoilerplate: keepsBoilerplate, inputFormat: inputFormat)
    }
}
