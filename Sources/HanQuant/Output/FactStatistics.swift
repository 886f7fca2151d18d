import Foundation

/// Counts and totals over extracted facts, for `hanquant stats`: per
/// document, facts by dimension; per indicator, totals by base unit.
public struct FactStatistics: Sendable {
    /// One document's fact counts by dimension.
    public struct DocumentCounts: Sendable {
        /// The document's name.
        public let doc: String
        /// Facts per dimension.
        public let byDimension: [Dimension: Int]
    }

    /// One indicator's facts in one base unit.
    public struct IndicatorTotal: Sendable {
        /// The indicator, "(none)" when facts had none.
        public let indicator: String
        /// The base unit.
        public let baseUnit: String
        /// How many facts.
        public let count: Int
        /// The exact sum of their values.
        public let total: Decimal
    }

    private(set) var documents: [DocumentCounts] = []
    private var totals: [String: (indicator: String, baseUnit: String, count: Int, total: Decimal)] = [:]

    /// Empty statistics.
    public init() {}

    /// Adds one document's facts.
    public mutating func add(_ extraction: Extraction) {
        var counts: [Dimension: Int] = [:]
        for fact in extraction.facts {
            counts[fact.quantity.dimension, default: 0] += 1
            let indicator = fact.indicator ?? "(none)"
            let key = indicator + "\u{0}" + fact.quantity.baseUnit
            let previous = totals[key] ?? (indicator, fact.quantity.baseUnit, 0, 0)
            totals[key] = (indicator, fact.quantity.baseUnit, previous.count + 1, previous.total + fact.quantity.value.decimal)
        }
        documents.append(DocumentCounts(doc: extraction.document.name, byDimension: counts))
    }

    /// Per indicator and base unit, by indicator then unit.
    public var indicatorTotals: [IndicatorTotal] {
        totals.values.map { IndicatorTotal(indicator: $0.indicator, baseUnit: $0.baseUnit, count: $0.count, total: $0.total) }
            .sorted { ($0.indicator, $0.baseUnit) < ($1.indicator, $1.baseUnit) }
    }

    /// Both tables as aligned text.
    public func table() -> String {
        let dimensions = Dimension.allCases.filter { dimension in documents.contains { $0.byDimension[dimension] != nil } }
        var rows = [["document"] + dimensions.map(\.rawValue) + ["total"]]
        for document in documents {
            rows.append([document.doc] + dimensions.map { String(document.byDimension[$0] ?? 0) }
                        + [String(document.byDimension.values.reduce(0, +))])
        }
        var out = Self.align(rows, rightFrom: 1)
        out += "\n"
        var indicatorRows = [["indicator", "base_unit", "facts", "total"]]
        for total in indicatorTotals {
            indicatorRows.append([total.indicator, total.baseUnit, String(total.count), total.total.description])
        }
        out += Self.align(indicatorRows, rightFrom: 2)
        return out
    }

    /// Rows padded into columns; columns from `rightFrom` on are right-aligned.
    /// Width counts East Asian characters as two columns.
    private static func align(_ rows: [[String]], rightFrom: Int) -> String {
        func width(_ text: String) -> Int {
            text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 && $1.value != 0x2192 ? 2 : 1) }
        }
        let widths = (0..<(rows.first?.count ?? 0)).map { column in rows.map { width($0[column]) }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - width(cell))
                return column >= rightFrom ? padding + cell : cell + padding
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n") + "\n"
    }
}
