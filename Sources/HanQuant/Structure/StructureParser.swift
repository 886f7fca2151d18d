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
        var continuation: WindowContinuation?
        return parse(text, name: name, published: published, continuing: &continuation)
    }

    /// Segments one window of a document read in windows (see
    /// ``TextWindowReader``): the first window (`continuation` nil) holds
    /// the head, and takes the document's title, date and context from
    /// `opening`, read from the document's opening; a later one goes on from
    /// `continuation`, which holds what the windows before left open (the
    /// opening, the headings above, the lines and tables already counted).
    /// `continuation` is brought up to the end of this window.
    func parse(_ text: DecodedText, name: String, published: CalendarDate? = nil,
               continuing continuation: inout WindowContinuation?, opening: DocumentOpening? = nil) -> Document {
        let units = text.normalized
        let lines = LineTable(units)
        let body = lines.ranges.indices.map { lines.ranges[$0].trimmingSpaces(in: units) }
        func original(_ range: Range<Int>) -> String { text.originalString(ofNormalized: range) }

        let isOpening = continuation == nil
        let head = isOpening ? DocumentHead(units, lines: body, metadataReader: metadataReader, original: original) : DocumentHead()
        // A later window starts under the headings the windows before left open.
        var sections: [Section] = continuation?.openSections ?? []
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        // Room reserved is only address space until written; see LineTable.
        paragraphs.reserveCapacity(lines.count)
        sentences.reserveCapacity(units.count / LineTable.shortLine + 1)
        var tree = continuation?.tree ?? HeadingTree()
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

        let tables = found.indices.map { found[$0].table.placed(in: tableSections[$0]) }
        let opened: DocumentOpening
        if let known = continuation?.opening ?? opening {
            opened = known
        } else {
            opened = self.opening(of: units, head: head, body: body, sentences: sentences, published: published, original: original)
        }
        let window = continuation?.window ?? .whole
        let document = Document(name: name, text: text, lines: lines, metadata: opened.metadata,
                                title: opened.title, titleLine: opened.titleLine,
                                date: opened.date, dateLine: opened.dateLine, dateOrigin: opened.dateOrigin,
                                context: opened.context, sections: sections, paragraphs: paragraphs,
                                sentences: sentences, tables: tables, window: window)
        continuation = WindowContinuation(opening: opened, tree: tree, sections: sections,
                                          window: window.next(lines: lines.count, tables: tables.count,
                                                              codePoints: text.offsets.codePointOffset(ofOriginalUTF16: text.original.count)))
        return document
    }

    /// What a document's opening says of all of it: its metadata, title
    /// and report date from the head, and its context.
    private func opening(of units: [UInt16], head: DocumentHead, body: [Range<Int>], sentences: [Sentence],
                         published: CalendarDate?, original: (Range<Int>) -> String) -> DocumentOpening {
        let titleLine = head.titleIndex.map { $0 + 1 }
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
        return DocumentOpening(metadata: head.metadata, title: head.titleIndex.map { original(body[$0]) }, titleLine: titleLine,
                               date: date, dateLine: dateLine, dateOrigin: dateOrigin, context: context)
    }

    /// The heading's words: after the label, up to the first sentence end on the line.
    private func headingWords(_ units: [UInt16], after label: HeadingLabel, in line: Range<Int>) -> Range<Int> {
        var end = label.range.upperBound
        while end < line.upperBound, !Self.headingEnds.contains(units[end]) { end += 1 }
        return (label.range.upperBound..<end).trimmingSpaces(in: units)
    }
}
