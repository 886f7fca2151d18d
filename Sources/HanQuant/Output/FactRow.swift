/// One output record per fact: its fields, in the order of the output
/// contract, written straight from the extraction into a ``RecordEncoder``
/// with no intermediate values.
enum FactRow {
    /// The field names, in output order.
    static let fieldNames = [
        "doc", "seq", "line", "start", "end", "text", "number", "scale", "unit", "value", "value_max",
        "base_unit", "dimension", "approx", "change", "indicator", "period", "period_text", "target",
        "section", "sentence", "of", "table", "row", "column", "row_label", "column_label",
        "format", "page",
    ]

    /// Writes one record per fact of `extraction`, numbered from
    /// `factsBefore + 1`, with `first` before the document's first record,
    /// `separator` before each later one, and `terminator` after each. A
    /// window of a document read in windows is written with the lines,
    /// code points and facts of the windows before it counted in.
    static func write(_ extraction: Extraction, factsBefore: Int = 0, to encoder: inout RecordEncoder,
                      first: String = "", separator: String = "", terminator: String = "") {
        var parts = DocumentParts(extraction.document, factsBefore: factsBefore)
        extraction.facts.withUnsafeBufferPointer { facts in
            for position in facts.indices {
                // Each fact is read in place: copying it would retain and release every string it holds.
                write(facts[position], number: factsBefore + position + 1, of: &parts, to: &encoder,
                      prefix: factsBefore + position > 0 ? separator : first, suffix: terminator)
            }
        }
    }

    /// What records take from their document, with the section path of the
    /// last record kept for the next. Records see only these parts:
    /// capturing the whole document copied all its fields for every record.
    private struct DocumentParts {
        let document: Document
        let name: String
        let lines: LineTable
        let sentences: [Sentence]
        let offsets: OffsetMap
        let original: [UInt16]
        let format: String
        let paged: Bool
        var section: (index: Int?, path: String?) = (nil, nil)
        /// The line of the last record: records come in text order.
        var line = 1
        /// What the windows before this text hold: lines, code points and facts.
        let linesBefore: Int
        let codePointsBefore: Int
        let factsBefore: Int

        init(_ document: Document, factsBefore: Int) {
            self.document = document
            linesBefore = document.window.linesBefore
            codePointsBefore = document.window.codePointsBefore
            self.factsBefore = factsBefore
            name = document.name
            lines = document.lines
            sentences = document.sentences
            offsets = document.text.offsets
            original = document.text.original
            format = document.format.rawValue
            paged = !document.text.pageFirstLines.isEmpty
        }

        /// The 1-based line holding `offset`, which is no earlier than the last record's.
        mutating func lineNumber(at offset: Int) -> Int {
            line = lines.lineNumber(at: offset, after: line)
            return line
        }

        /// The original UTF-16 range of a normalized range.
        func originalRange(_ range: Range<Int>) -> Range<Int> {
            offsets.originalUTF16Range(ofNormalized: range)
        }

        /// The heading path of `section`, worked out when it differs from the last record's.
        mutating func sectionPath(_ section: Int?) -> String? {
            if section != self.section.index {
                self.section = (section, section.map { document.sectionPath($0).map(\.heading).joined(separator: " > ") })
            }
            return self.section.path
        }
    }

    /// Writes the record of `fact`, the `number`th of its document.
    private static func write(_ fact: borrowing Fact, number: Int, of parts: inout DocumentParts,
                              to encoder: inout RecordEncoder, prefix: String, suffix: String) {
        let sentence = parts.sentences[fact.sentence]
        let sectionPath = parts.sectionPath(sentence.section)
        let range = fact.quantity.range
        let codePoints = parts.offsets.codePointRange(ofNormalized: range)
        let text = parts.original[parts.originalRange(range)]
        // The sentence is taken from the text only when it differs from the last fact's.
        let sentenceRange = parts.originalRange(sentence.range)
        // Room for the values: each text escaped at worst (null takes 4), ten
        // integers of at most 20 characters, a flag of at most 5, and the two
        // exact values in quotes.
        func bound(_ value: String?) -> Int { value.map(ByteCursor.bound) ?? 4 }
        let size = bound(parts.name) + bound(fact.quantity.number) + bound(fact.quantity.scale) + bound(fact.quantity.unit)
            + bound(fact.quantity.baseUnit) + bound(fact.quantity.dimension.rawValue) + bound(fact.quantity.approx)
            + bound(fact.change?.rawValue) + bound(fact.indicator) + bound(fact.period?.iso)
            + bound(fact.period?.text) + bound(sectionPath) + ByteCursor.bound(text) + ByteCursor.bound(units: sentenceRange.count)
            + bound(fact.cell?.rowLabel) + bound(fact.cell?.columnLabel)
            + bound(parts.format) + 10 * 20 + 5 + (fact.quantity.value.textLength + 2) + ((fact.quantity.valueMax?.textLength ?? 2) + 2)
        let name = parts.name, line = parts.lineNumber(at: range.lowerBound), original = parts.original
        let linesBefore = parts.linesBefore, codePointsBefore = parts.codePointsBefore, factsBefore = parts.factsBefore
        let format = parts.format, page = parts.paged ? parts.document.text.page(ofLine: line) : nil
        encoder.record(atMost: size, prefix: prefix, suffix: suffix) { fields in
            fields.shared(.document, id: 0) { $0.appendText(name) }
            fields.integer(number)
            fields.integer(linesBefore + line)
            fields.integer(codePointsBefore + codePoints.lowerBound)
            fields.integer(codePointsBefore + codePoints.upperBound)
            fields.documentText(text)
            fields.text(fact.quantity.number)
            fields.text(fact.quantity.scale)
            fields.text(fact.quantity.unit)
            fields.number(fact.quantity.value)
            fields.number(fact.quantity.valueMax)
            fields.text(fact.quantity.baseUnit)
            fields.text(fact.quantity.dimension.rawValue)
            fields.text(fact.quantity.approx)
            fields.text(fact.change?.rawValue)
            fields.text(fact.indicator)
            fields.text(fact.period?.iso)
            fields.text(fact.period?.text)
            fields.boolean(fact.isTarget)
            fields.shared(.section, id: sentence.section ?? -1) { $0.appendText(sectionPath) }
            if let window = SentenceWindow.window(of: sentenceRange, around: parts.originalRange(range), in: original) {
                fields.documentText(SentenceWindow.text(window, in: original)[...])
            } else {
                fields.shared(.sentence, id: fact.sentence) { $0.appendDocumentText(original[sentenceRange]) }
            }
            fields.integer(fact.describes.map { factsBefore + $0 + 1 })
            fields.integer(fact.cell?.table)
            fields.integer(fact.cell?.row)
            fields.integer(fact.cell?.column)
            fields.text(fact.cell?.rowLabel)
            fields.text(fact.cell?.columnLabel)
            fields.text(format)
            fields.integer(page)
        }
    }
}
