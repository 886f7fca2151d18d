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

    /// The documents to read, in order: the paths given, then those of
    /// --files-from (one per line; lines of white space skipped). Paths are
    /// kept as the bytes they were given in, UTF-8 or not.
    func inputs() throws -> [DocumentInput] {
        var all = paths.map(FilePath.init(argument:))
        if let filesFrom {
            let data: Data
            if filesFrom == "-" {
                do {
                    data = try StandardInput.read()
                } catch {
                    throw ValidationError("--files-from -: \(error)")
                }
            } else {
                guard let contents = FileManager.default.contents(atPath: filesFrom) else {
                    throw ValidationError("--files-from: cannot read \(filesFrom)")
                }
                data = contents
            }
            let listed = data.split(separator: UInt8(ascii: "\n")).map { line in
                FilePath(bytes: Array(line.last == UInt8(ascii: "\r") ? line.dropLast() : line[...]))
            }.filter { !$0.bytes.allSatisfy { [0x20, 0x09, 0x0B, 0x0C, 0x0D].contains($0) } }
            guard !listed.isEmpty || !paths.isEmpty else {
                throw ValidationError("--files-from \(filesFrom): the list names no file")
            }
            if filesFrom == "-", paths.contains("-") {
                throw ValidationError("--files-from - reads the list from standard input, so - cannot also be a document")
            }
            all += listed
        }
        if all.isEmpty { all = [FilePath("-")] }
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
            Extractor(encoding: reading.documentEncoding, units: lexicon, reportDate: reportDate, currency: currency,
                      keepsBoilerplate: reading.keepsBoilerplate, inputFormat: reading.inputFormat?.documentFormat)
        }
    }

    /// The largest document read, in bytes.
    var maximumBytes: Int { reading.maximumBytes }
}
