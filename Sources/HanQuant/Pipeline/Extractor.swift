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
    private let scanner: QuantityScanner
    private let factExtractor = FactExtractor()
    private let reportDate: CalendarDate?

    /// Creates an extractor.
    /// - Parameters:
    ///   - encoding: a charset to use instead of detection.
    ///   - units: the unit lexicon (see ``UnitLexicon``).
    ///   - reportDate: the date relative periods resolve against, instead of each document's own.
    public init(encoding: String? = nil, units: UnitLexicon = .bundled, reportDate: CalendarDate? = nil) {
        reader = DocumentReader(encoding: encoding)
        scanner = QuantityScanner(units: units)
        self.reportDate = reportDate
    }

    /// Reads and extracts the file at `url`.
    public func extract(contentsOf url: URL) throws -> Extraction {
        facts(in: try reader.read(contentsOf: url))
    }

    /// Reads and extracts `bytes` as a document called `name`.
    public func extract<Bytes: ContiguousBytes>(_ bytes: Bytes, name: String) throws(ReadError) -> Extraction {
        facts(in: try reader.read(bytes, name: name))
    }

    /// The facts of a document already read.
    public func facts(in document: Document) -> Extraction {
        var warnings: [QuantityWarning] = []
        // Each sentence is scanned just before its facts are made, so only
        // one sentence's quantities are held at a time, and its text is still in cache.
        // The closure captures the text alone: capturing the document copied
        // all its fields for every sentence.
        let units = document.text.normalized
        let facts = factExtractor.facts(of: document, reportDate: reportDate) { sentence, quantities in
            scanner.scan(units, in: sentence.range, appendingTo: &quantities, warnings: &warnings)
        }
        return Extraction(document: document, facts: facts, warnings: warnings)
    }
}
