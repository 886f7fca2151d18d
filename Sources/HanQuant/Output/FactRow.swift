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
                write(facts, position, number: factsBefore + position + 1, of: &parts, to: &encoder,
                      prefix: factsBefore + position > 0 ? separator : first, suffix: terminator)
            }
        }
    }

    /// What records take from their document, with the section paths
    /// worked out so far. Records see only these parts:
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
        /// The heading path of each section, worked out when a record first needs it.
        var sectionPaths: [String?]
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
            sectionPaths = [String?](repeating: nil, count: document.sections.count)
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

        /// The heading path of `section` (its headings and those above it,
        /// joined by " > "), built from its parent's, each worked out once.
        mutating func sectionPath(_ section: Int?) -> String? {
            guard let section else { return nil }
            if let path = sectionPaths[section] { return path }
            let heading = document.sections[section].heading
            let path = document.sections[section].parent.flatMap { sectionPath($0) }.map { $0 + " > " + heading } ?? heading
            sectionPaths[section] = path
            return path
        }
    }

    /// Writes the record of the fact at `position` of `facts`, the `number`th
    /// of its document. The fact is read where it stands: a borrowed fact
    /// used inside the record's closure was copied, every string retained.
    /// Always inlined: left to the compiler, it became a call of its own
    /// with its field writers called too (2% more instructions).
    @inline(__always)
    private static func write(_ facts: UnsafeBufferPointer<Fact>, _ position: Int, number: Int, of parts: inout DocumentParts,
                              to encoder: inout RecordEncoder, prefix: String, suffix: String) {
        let fact = UnsafePointer(facts.baseAddress! + position)
        let sentence = parts.sentences[fact.pointee.sentence]
        // The section's path is taken only when the last record's differs:
        // taking a string retains it, an atomic operation.
        let sectionID = sentence.section ?? -1
        let keptSection = encoder.sharedLength(.section, id: sectionID)
        let sectionPath = keptSection == nil ? parts.sectionPath(sentence.section) : nil
        let range = fact.pointee.quantity.range
        let codePoints = parts.offsets.codePointRange(ofNormalized: range)
        let text = parts.original[parts.originalRange(range)]
        // The sentence is taken from the text only when it differs from the last fact's.
        let sentenceRange = parts.originalRange(sentence.range)
        // Room for the values: each text escaped at worst (null takes 4), ten
        // integers of at most 20 characters, a flag of at most 5, and the two
        // exact values in quotes.
        func bound(_ value: String?) -> Int { value.map(ByteCursor.bound) ?? 4 }
        let size = bound(parts.name) + bound(fact.pointee.quantity.number) + bound(fact.pointee.quantity.scale) + bound(fact.pointee.quantity.unit)
            + bound(fact.pointee.quantity.baseUnit) + bound(fact.pointee.quantity.dimension.rawValue) + bound(fact.pointee.quantity.approx)
            + bound(fact.pointee.change?.rawValue) + bound(fact.pointee.indicator) + bound(fact.pointee.period?.iso)
            + bound(fact.pointee.period?.text) + (keptSection ?? bound(sectionPath)) + ByteCursor.bound(text) + ByteCursor.bound(units: sentenceRange.count)
            + bound(fact.pointee.cell?.rowLabel) + bound(fact.pointee.cell?.columnLabel)
            + bound(parts.format) + 10 * 20 + 5 + (fact.pointee.quantity.value.textLength + 2) + ((fact.pointee.quantity.valueMax?.textLength ?? 2) + 2)
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
            fields.text(fact.pointee.quantity.number)
            fields.text(fact.pointee.quantity.scale)
            fields.text(fact.pointee.quantity.unit)
            fields.number(fact.pointee.quantity.value)
            fields.number(fact.pointee.quantity.valueMax)
            fields.text(fact.pointee.quantity.baseUnit)
            fields.text(fact.pointee.quantity.dimension.rawValue)
            fields.text(fact.pointee.quantity.approx)
            fields.text(fact.pointee.change?.rawValue)
            fields.text(fact.pointee.indicator)
            fields.text(fact.pointee.period?.iso)
            fields.text(fact.pointee.period?.text)
            fields.boolean(fact.pointee.isTarget)
            fields.shared(.section, id: sectionID) { $0.appendText(sectionPath) }
            if let window = SentenceWindow.window(of: sentenceRange, around: parts.originalRange(range), in: original) {
                fields.documentText(SentenceWindow.text(window, in: original)[...])
            } else {
                fields.shared(.sentence, id: fact.pointee.sentence) { $0.appendDocumentText(original[sentenceRange]) }
            }
            fields.integer(fact.pointee.describes.map { factsBefore + $0 + 1 })
            fields.integer(fact.pointee.cell?.table)
            fields.integer(fact.pointee.cell?.row)
            fields.integer(fact.pointee.cell?.column)
            fields.text(fact.pointee.cell?.rowLabel)
            fields.text(fact.pointee.cell?.columnLabel)
            fields.text(format)
            fields.integer(page)
        }
    }
}
