/// One output record: a quantity with its place and context, in the field
/// order of the output contract.
struct FactRow {
    /// A field's value.
    enum Value {
        /// Text; exact decimal values are text too.
        case text(String)
        /// Text taken straight from the document, as UTF-16.
        case documentText(ArraySlice<UInt16>)
        /// A whole number (seq, line, start, end).
        case integer(Int)
        /// true or false.
        case boolean(Bool)
        /// No value.
        case null
        /// A value many rows share (the sentence, the section path), encoded
        /// once per document under `key`.
        indirect case shared(key: Int, Value)
    }

    /// The field names, in output order.
    static let fieldNames = [
        "doc", "seq", "line", "start", "end", "text", "number", "scale", "unit", "value", "value_max",
        "base_unit", "dimension", "approx", "change", "indicator", "period", "period_text", "target",
        "section", "sentence",
    ]

    /// The values, one per name in ``fieldNames``.
    let values: [Value]

    /// The rows of an extraction, numbered from 1, made one at a time as
    /// they are read, so that a large document's rows are never all held.
    static func rows(of extraction: Extraction) -> LazyMapSequence<EnumeratedSequence<[Fact]>, FactRow> {
        let document = extraction.document
        let original = document.text.original
        var sectionPaths: [Int: Value] = [:]
        func sectionPath(_ section: Int?) -> Value {
            guard let section else { return .null }
            if let cached = sectionPaths[section] { return cached }
            let path = Value.shared(key: -2 - section,
                                    .text(document.sectionPath(section).map(\.heading).joined(separator: " > ")))
            sectionPaths[section] = path
            return path
        }
        func originalText(_ range: Range<Int>) -> Value {
            let offsets = document.text.offsets
            return .documentText(original[offsets.originalUTF16Offset(ofNormalized: range.lowerBound)
                                          ..< offsets.originalUTF16Offset(ofNormalized: range.upperBound)])
        }
        func optional(_ text: String?) -> Value { text.map(Value.text) ?? .null }

        return extraction.facts.enumerated().lazy.map { position, fact in
            let quantity = fact.quantity
            let sentence = document.sentences[fact.sentence]
            let offsets = document.text.offsets.codePointRange(ofNormalized: quantity.range)
            return FactRow(values: [
                .shared(key: -1, .text(document.name)),
                .integer(position + 1),
                .integer(document.lines.lineNumber(at: quantity.range.lowerBound)),
                .integer(offsets.lowerBound),
                .integer(offsets.upperBound),
                originalText(quantity.range),
                .text(quantity.number),
                optional(quantity.scale),
                optional(quantity.unit),
                .text(ExactDecimal.string(quantity.value)),
                optional(quantity.valueMax.map(ExactDecimal.string)),
                .text(quantity.baseUnit),
                .text(quantity.dimension.rawValue),
                optional(quantity.approx),
                optional(fact.change?.rawValue),
                optional(fact.indicator),
                optional(fact.period?.iso),
                optional(fact.period?.text),
                .boolean(fact.isTarget),
                sectionPath(sentence.section),
                .shared(key: fact.sentence, originalText(sentence.range)),
            ])
        }
    }
}
