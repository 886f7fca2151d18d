import Foundation

/// HanQuant's entry point: reads a document and turns every quantity in it
/// into a fact (Read → Structure → Quantities → Facts).
///
/// It holds ICU iterators, so it is not thread-safe: use one per task.
///
/// ```swift
/// let extractor = Extractor()
/// let extraction = try extractor.extract(contentsOf: URL(fileURLWithPath: "report.txt"))
/// for fact in extraction.facts {
///     print(fact.indicator ?? "?", fact.quantity.value, fact.quantity.baseUnit, fact.period?.iso ?? "")
/// }
/// ```
public final class Extractor {
    /// The reader for documents given as files or bytes.
    public let reader: DocumentReader
    private let units: UnitLexicon
    /// The scanner for each currency a bare 元 has stood for, made when first needed.
    private var scanners: [String: QuantityScanner] = [:]
    private let factExtractor = FactExtractor()
    private let reportDate: CalendarDate?
    /// The currency of a bare 元 in every document, when one was given.
    public let currency: String?

    /// Creates an extractor.
    /// - Parameters:
    ///   - encoding: a charset to use instead of detection.
    ///   - units: the unit lexicon (see ``UnitLexicon``).
    ///   - reportDate: the publication date relative periods resolve
    ///     against, instead of each document's own.
    ///   - currency: the ISO 4217 code a bare 元 stands for in every
    ///     document; nil lets each document's region decide (``Region/currency``),
    ///     and the lexicon's default stands where no region shows.
    ///   - keepsBoilerplate: read web pages whole, not only the block that holds the report.
    ///   - inputFormat: read every document in this format instead of telling each one's from its content.
    public init(encoding: String? = nil, units: UnitLexicon = .bundled, reportDate: CalendarDate? = nil,
                currency: String? = nil, keepsBoilerplate: Bool = false, inputFormat: InputFormat? = nil) {
        reader = DocumentReader(encoding: encoding, keepsBoilerplate: keepsBoilerplate, inputFormat: inputFormat)
        self.units = units
        self.reportDate = reportDate
        self.currency = currency
    }

    /// How many units the Facts stage's look-arounds looked at in the last
    /// document extracted (see ``FactExtractor/lookedAt``).
    var factsLookedAt: Int { factExtractor.lookedAt }

    /// The currency a bare 元 stands for in `document`.
    public func currency(of document: Document) -> String {
        currency ?? document.context.region?.currency ?? units.defaultCurrency
    }

    /// The scanner that reads a bare 元 as `currency`.
    private func scanner(for currency: String) -> QuantityScanner {
        if let known = scanners[currency] { return known }
        let scanner = QuantityScanner(units: currency == units.defaultCurrency ? units : units.withDefaultCurrency(currency))
        scanners[currency] = scanner
        return scanner
    }

    /// Reads and extracts the file at `url`.
    public func extract(contentsOf url: URL) throws -> Extraction {
        facts(in: try reader.read(contentsOf: url))
    }

    /// Reads and extracts `bytes` as a document called `name`.
    public func extract<Bytes: ContiguousBytes>(_ bytes: Bytes, name: String) throws(ReadError) -> Extraction {
        facts(in: try reader.read(bytes, name: name))
    }

    /// One warning for each table not read whole: its columns do not line
    /// up, or `unitless` (by first line) figures had no unit.
    private static func tableWarnings(_ document: Document, unitless: [Int: Int]) -> [QuantityWarning] {
        document.tables.compactMap { table in
            let before = document.window.linesBefore
            let place = "lines \(before + table.lines.lowerBound)-\(before + table.lines.upperBound)"
            let start = table.header.first ?? table.rows[0]
            let range = start.cells.first ?? 0..<0
            if let problem = table.problem {
                return QuantityWarning(range: range, reason: .tableNotRead(problem + ", so none of its figures were read"), text: place)
            }
            guard let count = unitless[table.lines.lowerBound] else { return nil }
            return QuantityWarning(range: range, reason: .tableNotRead("\(count) figures have no unit in their column, row or "
                                                                       + "单位 line and were skipped"), text: place)
        }
    }

    /// The facts of a document already read.
    public func facts(in document: Document) -> Extraction {
        facts(in: document, context: nil)
    }

    /// What a window of a document read in windows takes from the ones
    /// before and hands to its facts stage: the contexts of its sections,
    /// and the sub-heading in force at its start; and what it leaves to the
    /// next window (see ``FactExtractor/subheadingState(after:reportDate:sections:entering:)``).
    func windowContext(of document: Document, entering: SubheadingState) -> (context: WindowFactContext, leaving: SubheadingState) {
        let sections = factExtractor.sectionContexts(of: document, reportDate: reportDate)
        let leaving = factExtractor.subheadingState(after: document, reportDate: reportDate, sections: sections, entering: entering)
        return (WindowFactContext(entering: entering, sections: sections), leaving)
    }

    /// The facts of a document or window already read; `context` is what
    /// the windows before left, for a window of a document read in windows.
    func facts(in document: Document, context: WindowFactContext?) -> Extraction {
        var warnings: [QuantityWarning] = []
        // Each sentence is scanned just before its facts are made, so only
        // one sentence's quantities are held at a time, and its text is still in cache.
        // The closure captures the text alone: capturing the document copied
        // all its fields for every sentence.
        let units = document.text.normalized
        let currency = currency(of: document)
        let scanner = scanner(for: currency)
        var unitless: [Int: Int] = [:]
        let facts = factExtractor.facts(of: document, reportDate: reportDate, entering: context?.entering ?? .none,
                                        sections: context?.sections, quantities: { sentence, quantities in
            scanner.scan(units, in: sentence.range, appendingTo: &quantities, warnings: &warnings)
        }, scan: { written in
            scanner.scan(written, in: written.indices).quantities
        }, tableProblems: { table, count in
            unitless[table.lines.lowerBound, default: 0] += count
        })
        warnings += Self.tableWarnings(document, unitless: unitless)
        return Extraction(document: document, facts: facts, warnings: warnings, currency: currency)
    }
}
