/// Segments decoded text into a ``Document``: metadata block, title, report
/// date, section tree, paragraphs and sentences.
///
/// It holds an ICU sentence iterator, so it is not thread-safe: use one per task.
public final class StructureParser {
    /// A title is a short line; a longer one is body text.
    static let longestTitle = 80
    /// How many lines after the title may hold a repeated title, the issuing
    /// body and the date line.
    static let preambleLines = 5

    private let splitter = SentenceSplitter()
    private let metadataReader = MetadataReader.bundled
    private static let headingEnds: CodeUnitSet = CodeUnitSet(units: [
        CodeUnit.ideographicFullStop, CodeUnit.exclamation, CodeUnit.question, CodeUnit.semicolon,
    ])

    /// Creates a parser.
    public init() {}

    /// Segments `text`, naming the result `name`.
    public func parse(_ text: DecodedText, name: String) -> Document {
        let units = text.normalized
        let lines = LineTable(units)
        let body = lines.ranges.indices.map { lines.ranges[$0].trimmingSpaces(in: units) }
        func original(_ range: Range<Int>) -> String { text.originalString(ofNormalized: range) }

        var lineIndex = 0
        func skipBlankLines() { while lineIndex < body.count, body[lineIndex].isEmpty { lineIndex += 1 } }

        var metadata: [MetadataField] = []
        skipBlankLines()
        while lineIndex < body.count,
              let fields = metadataReader.fields(of: original(body[lineIndex]), lineNumber: lineIndex + 1) {
            metadata += fields
            lineIndex += 1
            skipBlankLines()
        }

        var title: String?
        var titleLine: Int?
        var normalizedTitle: String?
        if lineIndex < body.count, isTitleLike(units, body[lineIndex]) {
            title = original(body[lineIndex])
            normalizedTitle = text.normalizedString(body[lineIndex])
            titleLine = lineIndex + 1
            lineIndex += 1
        }

        var date: CalendarDate?
        var dateLine: Int?
        var sections: [Section] = []
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        // Room reserved is only address space until written; see LineTable.
        paragraphs.reserveCapacity(lines.count)
        sentences.reserveCapacity(units.count / LineTable.shortLine + 1)
        var tree = HeadingTree()
        var preambleLeft = title == nil ? 0 : Self.preambleLines
        // The title is read for quantities too (2023年全市GDP增长5.2%): a
        // paragraph of its own, before every section.
        if let titleLine {
            let range = body[titleLine - 1]
            for sentence in splitter.sentences(in: units, range: range) {
                sentences.append(Sentence(range: sentence, line: titleLine, paragraph: 0, section: nil, isHeading: false))
            }
            paragraphs.append(Paragraph(range: range, line: titleLine, section: nil))
        }

        for index in lineIndex..<body.count where !body[index].isEmpty {
            let range = body[index]
            let label = HeadingLabel.find(in: units, range: range)
            if label != nil { preambleLeft = 0 }
            if preambleLeft > 0 {
                preambleLeft -= 1
                let line = text.normalizedString(range)
                if line == normalizedTitle { continue }
                if date == nil, let found = DateReader.date(line) {
                    date = found
                    dateLine = index + 1
                    continue
                }
            }
            if let label {
                let (level, parent) = tree.open(label.style, index: sections.count)
                sections.append(Section(label: original(label.range),
                                        title: original(headingWords(units, after: label, in: range)),
                                        labelRange: label.range,
                                        style: label.style, level: level, line: index + 1, parent: parent))
            }
            let paragraph = Paragraph(range: range, line: index + 1, section: tree.current)
            for (position, sentence) in splitter.sentences(in: units, range: range).enumerated() {
                sentences.append(Sentence(range: sentence, line: index + 1, paragraph: paragraphs.count,
                                          section: paragraph.section, isHeading: label != nil && position == 0))
            }
            paragraphs.append(paragraph)
        }

        if date == nil { date = metadataReader.writingDate(in: metadata) }
        return Document(name: name, text: text, lines: lines, metadata: metadata, title: title,
                        titleLine: titleLine, date: date, dateLine: dateLine, sections: sections,
                        paragraphs: paragraphs, sentences: sentences)
    }

    /// Whether a line can be the title: short, not numbered, not ending a sentence, not a date.
    private func isTitleLike(_ units: [UInt16], _ range: Range<Int>) -> Bool {
        range.count <= Self.longestTitle
            && HeadingLabel.find(in: units, range: range) == nil
            && units[range.upperBound - 1] != CodeUnit.ideographicFullStop
            && DateReader.date(String(utf16Units: units[range])) == nil
    }

    /// The heading's words: after the label, up to the first sentence end on the line.
    private func headingWords(_ units: [UInt16], after label: HeadingLabel, in line: Range<Int>) -> Range<Int> {
        var end = label.range.upperBound
        while end < line.upperBound, !Self.headingEnds.contains(units[end]) { end += 1 }
        return (label.range.upperBound..<end).trimmingSpaces(in: units)
    }
}
