/// One output record per fact: its fields, in the order of the output
/// contract, written straight from the extraction into a ``RecordEncoder``
/// with no intermediate values.
enum FactRow {
    /// The field names, in output order.
    static let fieldNames = [
        "doc", "seq", "line", "start", "end", "text", "number", "scale", "unit", "value", "value_max",
        "base_unit", "dimension", "approx", "change", "indicator", "period", "period_text", "target",
        "section", "sentence",
    ]

    /// Writes one record per fact of `extraction`, numbered from 1, with
    /// `separator` between records and `terminator` after each.
    static func write(_ extraction: Extraction, to encoder: inout RecordEncoder,
                      separator: String = "", terminator: String = "") {
        let document = extraction.document
        let offsets = document.text.offsets
        let original = document.text.original
        func originalText(_ range: Range<Int>) -> ArraySlice<UInt16> {
            original[offsets.originalUTF16Offset(ofNormalized: range.lowerBound)
                     ..< offsets.originalUTF16Offset(ofNormalized: range.upperBound)]
        }
        for (position, fact) in extraction.facts.enumerated() {
            let quantity = fact.quantity
            let sentence = document.sentences[fact.sentence]
            let codePoints = offsets.codePointRange(ofNormalized: quantity.range)
            if position > 0 { encoder.append(separator) }
            encoder.beginRecord()
            encoder.shared(.document, id: 0) { $0.appendText(document.name) }
            encoder.integer(position + 1)
            encoder.integer(document.lines.lineNumber(at: quantity.range.lowerBound))
            encoder.integer(codePoints.lowerBound)
            encoder.integer(codePoints.upperBound)
            encoder.documentText(originalText(quantity.range))
            encoder.text(quantity.number)
            encoder.text(quantity.scale)
            encoder.text(quantity.unit)
            encoder.number(quantity.value)
            encoder.number(quantity.valueMax)
            encoder.text(quantity.baseUnit)
            encoder.text(quantity.dimension.rawValue)
            encoder.text(quantity.approx)
            encoder.text(fact.change?.rawValue)
            encoder.text(fact.indicator)
            encoder.text(fact.period?.iso)
            encoder.text(fact.period?.text)
            encoder.boolean(fact.isTarget)
            encoder.shared(.section, id: sentence.section ?? -1) { encoder in
                if let section = sentence.section {
                    encoder.appendText(document.sectionPath(section).map(\.heading).joined(separator: " > "))
                } else {
                    encoder.appendNull()
                }
            }
            encoder.shared(.sentence, id: fact.sentence) { $0.appendDocumentText(originalText(sentence.range)) }
            encoder.endRecord()
            encoder.append(terminator)
        }
    }
}
