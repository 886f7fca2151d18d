/// Segments decoded text into a ``Document``: its head (metadata, title,
/// report date), context (subject year, region), section tree, paragraphs
/// and sentences.
///
/// It holds an ICU sentence iterator, so it is not thread-safe: use one per task.
public final class StructureParser {
    private let splitter = SentenceSplitter()
    private let metadataReader = MetadataReader.bundled
    private let contextReader = DocumentContextReader.bundled
    private let tableDetector = TableDetector()
    private static let headingEnds: CodeUnitSet = CodeUnitSet(units: [
        CodeUnit.ideographicFullStop, CodeUnit.exclamation, CodeUnit.question, CodeUnit.semicolon,
    ])

    /// Creates a parser.
    public init() {}

    /// Segments `text`, naming the result `name`. `published` is the date a
    /// web page's `<meta>` or date line gives, the report date when the text shows none.
    public func parse(_ text: DecodedText, name: String, published: CalendarDate? = nil) -> Document {
        let units = text.normalized
        let lines = LineTable(units)
        let body = lines.ranges.indices.map { lines.ranges[$0].trimmingSpaces(in: units) }
        func original(_ range: Range<Int>) -> String { text.originalString(ofNormalized: range) }

        let head = DocumentHead(units, lines: body, metadataReader: metadataReader, original: original)
        let titleLine = head.titleIndex.map { $0 + 1 }
        var sections: [Section] = []
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        // Room reserved is only address space until written; see LineTable.
        paragraphs.reserveCapacity(lines.count)
        sentences.reserveCapacity(units.count / LineTable.shortLine + 1)
        var tree = HeadingTree()
        // The title is read for quantities too (2023年全市GDP增长5.2%): a
        // paragraph of its own, before every section.
        if let titleIndex = head.titleIndex {
            let range = body[titleIndex]
            for sentence in splitter.sentences(in: units, range: range) {
                sentences.append(Sentence(range: sentence, line: titleIndex + 1, paragraph: 0, section: nil, isHeading: false))
            }
            paragraphs.append(Paragraph(range: range, line: titleIndex + 1, section: nil))
        }

        let found = tableDetector.tables(in: units, lines: body)
        // A table row is one sentence: its runs of spaces divide cells, not sentences.
        var rowLines = Set<Int>()
        for (table, _) in found { for row in table.header + table.rows { rowLines.insert(row.line - 1) } }
        var tableSections: [Int?] = Array(repeating: nil, count: found.count)
        var nextTable = 0
        for index in body.indices where !body[index].isEmpty && index != head.titleIndex && !head.skipped.contains(index) {
            let range = body[index]
            // A table belongs to the section open at its first line.
            while nextTable < found.count, found[nextTable].lines.lowerBound <= index {
                tableSections[nextTable] = tree.current
                nextTable += 1
            }
            let markupLevel = text.headingLevels[index + 1]
            var label = HeadingLabel.find(in: units, range: range)
            if label == nil, markupLevel != nil { label = HeadingLabel(style: .markup, range: range.lowerBound..<range.lowerBound) }
            if let label {
                let (level, parent) = tree.open(label.style, index: sections.count, markupLevel: markupLevel)
                sections.append(Section(label: original(label.range),
                                        title: original(headingWords(units, after: label, in: range)),
                                        labelRange: label.range,
                                        style: label.style, level: level, line: index + 1, parent: parent))
            }
            let paragraph = Paragraph(range: range, line: index + 1, section: tree.current)
            let pieces = rowLines.contains(index) ? [range] : splitter.sentences(in: units, range: range)
            for (position, sentence) in pieces.enumerated() {
                sentences.append(Sentence(range: sentence, line: index + 1, paragraph: paragraphs.count,
                                          section: paragraph.section, isHeading: label != nil && position == 0))
            }
            paragraphs.append(paragraph)
        }

        var date = head.date
        let dateLine = head.dateIndex.map { $0 + 1 }
        var dateOrigin = dateLine.map { "line \($0)" }
        if date == nil, let written = metadataReader.writingDate(in: head.metadata) {
            date = written.date
            dateOrigin = "metadata \(written.field.key) (line \(written.field.line))"
        }
        if date == nil, let published {
            date = published
            dateOrigin = "the page's publication date (<meta> or date line)"
        }
        let opening = sentences.first { $0.line != titleLine }.map { (range: $0.range, line: $0.line) }
        let context = contextReader.context(units, title: head.titleIndex.map { body[$0] }, opening: opening)
        return Document(name: name, text: text, lines: lines, metadata: head.metadata,
                        title: head.titleIndex.map { original(body[$0]) }, titleLine: titleLine,
                        date: date, dateLine: dateLine, dateOrigin: dateOrigin, context: context,
                        sections: sections, paragraphs: paragraphs, sentences: sentences,
                        tables: found.indices.map { found[$0].table.placed(in: tableSections[$0]) })
    }

    /// The heading's words: after the label, up to the first sentence end on the line.
    private func headingWords(_ units: [UInt16], after label: HeadingLabel, in line: Range<Int>) -> Range<Int> {
        var end = label.range.upperBound
        while end < line.upperBound, !Self.headingEnds.contains(units[end]) { end += 1 }
        return (label.range.upperBound..<end).trimmingSpaces(in: units)
    }
}
