import ArgumentParser
import Foundation
import HanQuant

/// `hanquant diff PATH... --fixtures DIR`: compares extraction with golden files.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare the facts of documents with golden fixtures (<doc>.jsonl in the fixtures folder).",
        discussion: "Exit status: 0 when identical, 1 when there are differences, 2 on error."
    )

    /// How the report is written.
    enum ReportFormat: String, ExpressibleByArgument {
        case text, json
    }

    @OptionGroup var options: ExtractionOptions

    @Option(help: ArgumentHelp("The folder holding the golden files.", valueName: "dir"))
    var fixtures: String

    @Option(help: "Report format: text or json.")
    var format: ReportFormat = .text

    @Flag(help: "Rewrite the golden files (<doc>.jsonl and <doc>.csv) from this extraction and report what changed.")
    var update = false

    @Flag(help: "No progress and no summary on standard error.")
    var quiet = false

    func run() throws {
        let fixtureFolder = try FixtureFolder(path: fixtures), folder = fixtureFolder.url
        var diffs: [FactDiff] = []
        var broken: [String] = []
        var names: Set<String> = []
        let failures = try BatchRun(inputs: options.inputs(), options: options, quiet: quiet).run({ extraction in
            (extraction.document.name, FactWriter.document(extraction, format: .jsonl).bytes,
             FactWriter.document(extraction, format: .csv).bytes)
        }, deliver: { (doc: String, jsonl: [UInt8], csv: [UInt8]) in
            // The same name twice would read and write one fixture for two documents.
            guard names.insert(doc).inserted else {
                broken.append("\(DocumentInput.printable(doc)): two documents have this name, so their fixture is ambiguous")
                return
            }
            let golden = fixtureFolder.jsonl(of: doc)
            do {
                diffs.append(try fixtureFolder.diff(of: doc, jsonl: jsonl))
                if update {
                    // A document named by its path (a/x) has its fixture in a subfolder.
                    try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data(jsonl).write(to: golden, options: .atomic)
                    var writer = FactWriter(format: .csv)
                    try Data(writer.header() + writer.separator() + csv + writer.footer())
                        .write(to: folder.appendingPathComponent("\(doc).csv"), options: .atomic)
                }
            } catch {
                broken.append("\(DocumentInput.printable(golden.path)): \(DocumentFailure.reason(error))")
            }
        })
        for problem in broken { printError("error: \(problem)") }
        let colour = format == .text && isatty(STDOUT_FILENO) == 1
        let errors = failures.map(\.description) + broken
        let report = format == .json ? DiffReport.json(diffs, errors: errors) : DiffReport.text(diffs, colour: colour, errors: errors.count)
        FileHandle.standardOutput.write(Data(((update && format == .text ? "updated:\n" : "") + report).utf8))
        if !failures.isEmpty || !broken.isEmpty { throw ExitCode(2) }
        if !update && diffs.contains(where: { !$0.isIdentical }) { throw ExitCode(1) }
    }
}
