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
        // The record closure below sees only these parts of the document:
        // capturing the whole document copied all its fields for every record.
        let document = extraction.document
        let name = document.name, lines = document.lines, sentences = document.sentences
        let offsets = document.text.offsets
        let original = document.text.original
        func originalRange(_ range: Range<Int>) -> Range<Int> {
            offsets.originalUTF16Offset(ofNormalized: range.lowerBound)..<offsets.originalUTF16Offset(ofNormalized: range.upperBound)
        }
        var section: (index: Int?, path: String?) = (nil, nil)
        for (position, fact) in extraction.facts.enumerated() {
            let quantity = fact.quantity
            let sentence = sentences[fact.sentence]
            if sentence.section != section.index {
                section = (sentence.section, sentence.section.map {
                    document.sectionPath($0).map(\.heading).joined(separator: " > ")
                })
            }
            let codePoints = offsets.codePointRange(ofNormalized: quantity.range)
            let text = original[originalRange(quantity.range)]
            // The sentence is taken from the text only when it differs from the last fact's.
            let sentenceRange = originalRange(sentence.range)
            // Room for the values: each text escaped at worst (null takes 4), four
            // integers of at most 20 characters, a flag of at most 5, and the two
            // exact values in quotes.
            func bound(_ value: String?) -> Int { value.map(ByteCursor.bound) ?? 4 }
            let size = bound(name) + bound(quantity.number) + bound(quantity.scale) + bound(quantity.unit)
                + bound(quantity.baseUnit) + bound(quantity.dimension.rawValue) + bound(quantity.approx)
                + bound(fact.change?.rawValue) + bound(fact.indicator) + bound(fact.period?.iso)
                + bound(fact.period?.text) + bound(section.path) + ByteCursor.bound(text) + ByteCursor.bound(units: sentenceRange.count)
                + 4 * 20 + 5 + (quantity.value.textLength + 2) + ((quantity.valueMax?.textLength ?? 2) + 2)
            encoder.record(atMost: size, prefix: position > 0 ? separator : "", suffix: terminator) { fields in
                fields.shared(.document, id: 0) { $0.appendText(name) }
                fields.integer(position + 1)
                fields.integer(lines.lineNumber(at: quantity.range.lowerBound))
                fields.integer(codePoints.lowerBound)
                fields.integer(codePoints.upperBound)
                fields.documentText(text)
                fields.text(quantity.number)
                fields.text(quantity.scale)
                fields.text(quantity.unit)
                fields.number(quantity.value)
                fields.number(quantity.valueMax)
                fields.text(quantity.baseUnit)
                fields.text(quantity.dimension.rawValue)
                fields.text(quantity.approx)
                fields.text(fact.change?.rawValue)
                fields.text(fact.indicator)
                fields.text(fact.period?.iso)
                fields.text(fact.period?.text)
                fields.boolean(fact.isTarget)
                fields.shared(.section, id: sentence.section ?? -1) { $0.appendText(section.path) }
                fields.shared(.sentence, id: fact.sentence) { $0.appendDocumentText(original[sentenceRange]) }
            }
        }
    }
}
