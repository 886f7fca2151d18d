import ArgumentParser
import Foundation
import HanQuant

/// `hanquant extract PATH...`: reads documents and writes their facts.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract facts from documents: files, directories (recursively) or - for standard input.",
        discussion: "Exit status: 0 when every document was read, 1 when some failed, 2 for a usage error."
    )

    @OptionGroup var options: ExtractionOptions

    @Option(help: "Output format: jsonl, json or csv.")
    var format: OutputFormat = .jsonl

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "No progress and no summary on standard error.")
    var quiet = false

    @Option(help: ArgumentHelp("Read a plain-text document larger than one window in windows of this many bytes (K and M suffixes; 0 reads every document whole). "
                               + "A window dense in figures ends sooner. Memory stays bounded by the window, --jobs threads share one document, "
                               + "and the output is the same as read whole.",
                               valueName: "size"))
    var window: WindowSize = .standard

    /// The input that is the file at `path` (through links, hard or symbolic), if any.
    static func input(in inputs: [DocumentInput], sameFileAs path: String) -> DocumentInput? {
        var output = stat()
        guard stat(path, &output) == 0, output.st_mode & S_IFMT == S_IFREG else { return nil }
        return inputs.first { input in
            guard !input.isStandardInput, let status = input.filePath.status() else { return false }
            return status.st_dev == output.st_dev && status.st_ino == output.st_ino
        }
    }

    func run() throws {
        let inputs = try options.inputs()
        if let output, let input = Self.input(in: inputs, sameFileAs: output) {
            // Writing over an input would replace the document with its own facts.
            throw ValidationError("-o \(DocumentInput.printable(output)) is one of the inputs (\(input.displayName)): name another file")
        }
        let out = try AtomicOutput(path: output)
        var writer = FactWriter(format: format)
        let format = self.format
        let failures: [DocumentFailure]
        do {
            out.write(writer.header())
            let windowed = WindowedOutput(size: window, format: format, begin: { out.write(writer.separator()) },
                                          write: { out.write($0) })
            let batch = BatchRun(inputs: inputs, options: options, quiet: quiet, windowed: windowed)
            if options.jobs == 1 || (inputs.count == 1 && !options.reading.readsRecords) {
                // One at a time: render while writing, in chunks, so that a large
                // document's output is never held whole.
                failures = try batch.run({ $0 }, deliver: { extraction in
                    out.write(writer.separator())
                    FactWriter.stream(extraction, format: format) { out.write($0) }
                })
            } else {
                // In parallel: documents are rendered on the worker threads.
                failures = try batch.run({ FactWriter.document($0, format: format) }, deliver: { document in
                    out.write(writer.separator())
                    out.write(document)
                })
            }
            out.write(writer.footer())
            try out.commit()
        } catch {
            out.discard()
            throw error
        }
        if !failures.isEmpty { throw ExitCode(1) }
    }
}

extension OutputFormat: ExpressibleByArgument {}
