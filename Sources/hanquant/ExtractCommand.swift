import ArgumentParser
import Foundation
import HanQuant

/// `hanquant extract PATH...`: reads documents and writes their facts.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract facts from documents: files, directories (recursively) or - for standard input."
    )

    @Argument(help: "Files, directories, or - for standard input.")
    var paths: [String] = ["-"]

    @Option(help: "Output format: jsonl, json or csv.")
    var format: OutputFormat = .jsonl

    @Option(help: "Read every input in this encoding instead of detecting it (e.g. GB18030, Big5).")
    var encoding: String?

    func run() throws {
        let reader = DocumentReader(encoding: encoding)
        var documents: [Document] = []
        var failures = 0
        for input in DocumentInput.expand(paths) {
            do {
                let document = try input.read(with: reader)
                for warning in document.text.warnings { printError("warning: \(input.displayName): \(warning)") }
                documents.append(document)
            } catch {
                failures += 1
                printError("error: \(DocumentFailure(input: input, error: error))")
            }
        }
        print(ExtractOutput.render(documents, format: format), terminator: "")
        if failures > 0 { throw ExitCode(1) }
    }
}

extension OutputFormat: ExpressibleByArgument {}

/// Writes one line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
