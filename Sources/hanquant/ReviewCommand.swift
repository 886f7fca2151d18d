import ArgumentParser
import Foundation
import HanQuant

/// `hanquant review PATH... -o review.html`: a page for checking facts
/// against their documents, offline, in a browser.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Write one self-contained HTML page showing each document's text with its facts highlighted, beside a table of them.",
        discussion: """
            The page needs no network: open it from the file. Click a highlight to see the fact's fields and its row, \
            or a row to go to its highlight; filter by dimension, targets or results, and facts without an indicator \
            or a period. With --fixtures, facts hanquant diff would report are marked: added, changed (with the \
            fixture's values) and removed. Exit status: 0 when every document was read, 1 when some failed, 2 on a \
            usage error or an unreadable fixture.
            """
    )

    @OptionGroup var options: ExtractionOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the page to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Mark what differs from the golden files (<doc>.jsonl) in this folder.", valueName: "dir"))
    var fixtures: String?

    @Flag(help: "No progress and no summary on standard error.")
    var quiet = false

    func run() throws {
        let inputs = try options.inputs()
        if let output, let input = ExtractCommand.input(in: inputs, sameFileAs: output) {
            throw ValidationError("-o \(DocumentInput.printable(output)) is one of the inputs (\(input.displayName)): name another file")
        }
        let folder = try fixtures.map(FixtureFolder.init(path:))
        var documents: [ReviewDocument] = [], broken: [String] = []
        let failures = try BatchRun(inputs: inputs, options: options, quiet: quiet).run({ $0 }, deliver: { extraction in
            guard let folder else { return documents.append(ReviewDocument(extraction)) }
            let doc = extraction.document.name
            do {
                documents.append(ReviewDocument(extraction, diff: try folder.diff(of: doc, jsonl: FactWriter.document(extraction, format: .jsonl).bytes)))
            } catch {
                broken.append("\(DocumentInput.printable(folder.jsonl(of: doc).path)): \(DocumentFailure.reason(error))")
            }
        })
        for problem in broken { printError("error: \(problem)") }
        if !broken.isEmpty { throw ExitCode(2) }
        let out = try AtomicOutput(path: output)
        out.write(ReviewPage.html(documents))
        do {
            try out.commit()
        } catch {
            out.discard()
            throw error
        }
        if !failures.isEmpty { throw ExitCode(1) }
    }
}
