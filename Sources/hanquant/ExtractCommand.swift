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

    @Option(help: "Add or replace units from a file in the units.tsv format.")
    var units: String?

    @Option(help: "The ISO 4217 code a bare 元 stands for (e.g. TWD for Taiwan documents).")
    var currency = "CNY"

    @Option(help: "Resolve relative periods (今年, 截至目前) against this date, YYYY-MM-DD, instead of each document's date.")
    var date: String?

    func run() throws {
        let reportDate = try date.map { text in
            guard let parsed = CalendarDate(iso: text) else {
                throw ValidationError("--date takes a date as YYYY-MM-DD, not '\(text)'")
            }
            return parsed
        }
        let extractor = Extractor(encoding: encoding, units: try UnitOptions.lexicon(file: units, currency: currency),
                                  reportDate: reportDate)
        var writer = FactWriter(format: format)
        var failures = 0
        write(writer.header())
        for input in DocumentInput.expand(paths) {
            do {
                let extraction = extractor.facts(in: try input.read(with: extractor.reader))
                for warning in extraction.document.text.warnings { printError("warning: \(input.displayName): \(warning)") }
                for warning in extraction.warnings { printError("warning: \(input.displayName): \(warning)") }
                write(writer.write(extraction))
            } catch {
                failures += 1
                printError("error: \(DocumentFailure(input: input, error: error))")
            }
        }
        write(writer.footer())
        if failures > 0 { throw ExitCode(1) }
    }

    private func write(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }
}

extension OutputFormat: ExpressibleByArgument {}

/// Writes one line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
