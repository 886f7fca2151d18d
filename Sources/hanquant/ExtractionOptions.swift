import ArgumentParser
import Foundation
import HanQuant

/// The options every command that reads documents shares: which inputs,
/// how to read them, and how many at once.
struct ExtractionOptions: ParsableArguments {
    @Argument(help: "Files, directories (read recursively), or - for standard input.")
    var paths: [String] = []

    @Option(help: ArgumentHelp("In directories, read only files whose name matches this glob, e.g. '*.txt'.",
                               valueName: "glob"))
    var include: String?

    @Option(name: .customLong("files-from"),
            help: ArgumentHelp("Read more paths from this file, one per line, or - for standard input.", valueName: "file"))
    var filesFrom: String?

    @OptionGroup var reading: ReadingOptions

    @Option(help: ArgumentHelp("Add or replace units from a file in the units.tsv format.", valueName: "file"))
    var units: String?

    @Option(help: "The ISO 4217 code a bare 元 stands for in every document (e.g. TWD), and $ alone when it is a dollar (HKD, MOP, TWD …). By default each document's region decides: TWD for Taiwan, HKD for Hong Kong, MOP for Macau, else CNY.")
    var currency: String?

    @Option(help: ArgumentHelp("Resolve relative periods (今年, 截至目前) against this date instead of each document's.",
                               valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: "How many documents to read at once, each on its own core.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount


    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if let currency, currency.count != 3 || !currency.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            throw ValidationError("--currency takes an ISO 4217 code such as CNY or TWD, not '\(currency)'")
        }
        if let date {
            guard let day = CalendarDate(iso: date), (1000...9999).contains(day.year) else {
                throw ValidationError("--date takes a date as YYYY-MM-DD between 1000 and 9999, not '\(date)'")
            }
        }
    }

    /// The documents to read, in order: the paths given, then those of --files-from.
    func inputs() throws -> [DocumentInput] {
        var all = paths
        if let filesFrom {
            let text: String
            if filesFrom == "-" {
                do {
                    text = String(decoding: try StandardInput.read(), as: UTF8.self)
                } catch {
                    throw ValidationError("--files-from -: \(error)")
                }
            } else {
                guard let data = FileManager.default.contents(atPath: filesFrom) else {
                    throw ValidationError("--files-from: cannot read \(filesFrom)")
                }
                text = String(decoding: data, as: UTF8.self)
            }
            let listed = text.split(whereSeparator: \.isNewline).map(String.init)
                .filter { !$0.allSatisfy(\.isWhitespace) }
            guard !listed.isEmpty || !paths.isEmpty else {
                throw ValidationError("--files-from \(filesFrom): the list names no file")
            }
            if filesFrom == "-", all.contains("-") {
                throw ValidationError("--files-from - reads the list from standard input, so - cannot also be a document")
            }
            all += listed
        }
        if all.isEmpty { all = ["-"] }
        return DocumentNames.disambiguated(DocumentInput.expand(all, include: include))
    }

    /// A factory for extractors configured by these options, one per thread.
    func extractorFactory() throws -> @Sendable () -> Extractor {
        var lexicon = UnitLexicon.bundled
        if let units {
            guard let data = FileManager.default.contents(atPath: units) else {
                throw ValidationError("--units: cannot read \(units)")
            }
            do {
                try lexicon.addUnits(LexiconFile(text: String(decoding: data, as: UTF8.self)), source: units)
            } catch {
                throw ValidationError("--units: \(error)")
            }
        }
        let reportDate = date.flatMap(CalendarDate.init(iso:))
        let currency = self.currency, reading = self.reading
        return { [lexicon] in
            Extractor(encoding: reading.encoding, units: lexicon, reportDate: reportDate, currency: currency,
                      keepsBoilerplate: reading.keepsBoilerplate, inputFormat: reading.inputFormat)
        }
    }

    /// The largest document read, in bytes.
    var maximumBytes: Int { reading.maximumBytes }
}
