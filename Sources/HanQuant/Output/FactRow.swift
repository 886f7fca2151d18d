/// One output record: a quantity with its place and context, in the field
/// order of the output contract (`docs/schema.md`).
public struct FactRow: Sendable {
    /// A field's value.
    public enum Value: Sendable, Equatable {
        /// Text; exact decimal values are text too.
        case text(String)
        /// A whole number (seq, line, start, end).
        case integer(Int)
        /// true or false.
        case boolean(Bool)
        /// No value.
        case null
    }

    /// The field names, in output order.
    public static let fieldNames = [
        "doc", "seq", "line", "start", "end", "text", "number", "scale", "unit", "value", "value_max",
        "base_unit", "dimension", "approx", "change", "indicator", "period", "period_text", "target",
        "section", "sentence",
    ]

    /// The values, one per name in ``fieldNames``.
    public let values: [Value]

    /// The rows of an extraction, numbered from 1.
    ///
    /// `change`, `indicator`, `period`, `period_text` and `target` are null
    /// until the facts stage fills them.
    public static func rows(of extraction: Extraction) -> [FactRow] {
        let document = extraction.document
        return extraction.quantities.enumerated().map { position, located in
            let quantity = located.quantity
            let sentence = document.sentences[located.sentence]
            let offsets = document.text.offsets.codePointRange(ofNormalized: quantity.range)
            let section = document.sectionPath(sentence.section).map(\.heading).joined(separator: " > ")
            func optional(_ text: String?) -> Value { text.map(Value.text) ?? .null }
            return FactRow(values: [
                .text(document.name),
                .integer(position + 1),
                .integer(document.lines.lineNumber(at: quantity.range.lowerBound)),
                .integer(offsets.lowerBound),
                .integer(offsets.upperBound),
                .text(document.text.originalString(ofNormalized: quantity.range)),
                .text(quantity.number),
                optional(quantity.scale),
                optional(quantity.unit),
                .text(ExactDecimal.string(quantity.value)),
                optional(quantity.valueMax.map(ExactDecimal.string)),
                .text(quantity.baseUnit),
                .text(quantity.dimension.rawValue),
                optional(quantity.approx),
                .null,
                .null,
                .null,
                .null,
                .null,
                section.isEmpty ? .null : .text(section),
                .text(document.string(of: sentence)),
            ])
        }
    }
}
