import ArgumentParser
import Foundation
import HanQuant

/// `hanquant segments PATH`: shows how a document was read and segmented.
struct SegmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segments",
        abstract: "Show a document's encoding, title, date, subject year, region, currency, section tree and sentences."
    )

    @Argument(help: "The document to show, or - for standard input.")
    var path: String

    @OptionGroup var reading: ReadingOptions

    @Option(help: "The ISO 4217 code a bare 元 stands for, instead of the one the document's region gives.")
    var currency: String?

    @Flag(help: "Also list each sentence's clauses.")
    var clauses = false

    func run() throws {
        let (input, document) = try reading.read(path)
        print(SegmentsReport.render(document, source: input.displayName, clauses: clauses, currency: currency), terminator: "")
    }
}
