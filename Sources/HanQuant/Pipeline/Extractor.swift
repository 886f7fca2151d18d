import Foundation

/// HanQuant's entry point: reads a document and finds its quantities.
///
/// It holds ICU iterators, so it is not thread-safe: use one per task.
///
/// ```swift
/// let extraction = try Extractor().extract(contentsOf: URL(fileURLWithPath: "report.txt"))
/// for located in extraction.quantities {
///     print(located.quantity.value, located.quantity.baseUnit)
/// }
/// ```
public final class Extractor {
    /// The reader for documents given as files or bytes.
    public let reader: DocumentReader
    private let scanner: QuantityScanner

    /// Creates an extractor. `encoding` skips detection; `units` replaces the
    /// bundled unit lexicon (see ``UnitLexicon``).
    public init(encoding: String? = nil, units: UnitLexicon = .bundled) {
        reader = DocumentReader(encoding: encoding)
        scanner = QuantityScanner(units: units)
    }

    /// Reads and extracts the file at `url`.
    public func extract(contentsOf url: URL) throws -> Extraction {
        extract(from: try reader.read(contentsOf: url))
    }

    /// Reads and extracts `bytes` as a document called `name`.
    public func extract<Bytes: ContiguousBytes>(_ bytes: Bytes, name: String) throws(ReadError) -> Extraction {
        extract(from: try reader.read(bytes, name: name))
    }

    /// Finds the quantities of a document already read.
    public func extract(from document: Document) -> Extraction {
        var located: [Extraction.Located] = []
        var warnings: [QuantityWarning] = []
        for (index, sentence) in document.sentences.enumerated() {
            let found = scanner.scan(document.text.normalized, in: sentence.range)
            located += found.quantities.map { Extraction.Located(quantity: $0, sentence: index) }
            warnings += found.warnings
        }
        return Extraction(document: document, quantities: located, warnings: warnings)
    }
}
