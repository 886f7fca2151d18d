/// A document read and segmented: its text, header, sections, paragraphs
/// and sentences. Ranges are UTF-16 ranges of ``DecodedText/normalized``;
/// ``DecodedText/offsets`` maps them back to the original text.
public struct Document: Sendable {
    /// The document's name: its file name without extension, or "stdin".
    public let name: String
    /// The decoded and normalized text.
    public let text: DecodedText
    /// The lines of the normalized text.
    public let lines: LineTable
    /// The metadata lines of the head, in order.
    public let metadata: [MetadataField]
    /// The title, when the document has one.
    public let title: String?
    /// The 1-based line of the title.
    public let titleLine: Int?
    /// The report date: a date line of the head (bracketed, alone, or
    /// opening a subtitle), or else a writing date from the metadata lines.
    public let date: CalendarDate?
    /// The 1-based line of the date line, nil when the date came from metadata.
    public let dateLine: Int?
    /// Where the date was read: `line 3` or `metadata 发布日期 (line 2)`.
    public let dateOrigin: String?
    /// The subject year and region the document shows.
    public let context: DocumentContext
    /// All section headings in document order.
    public let sections: [Section]
    /// All paragraphs of the body in order.
    public let paragraphs: [Paragraph]
    /// All sentences of the body in order.
    public let sentences: [Sentence]
    /// The tables found among the lines, in order. Each row is also a
    /// paragraph of one sentence, whose figures are read cell by cell.
    public let tables: [Table]
    /// Where this text stands in its whole document: ``DocumentWindow/whole``
    /// unless the document was read in windows.
    public let window: DocumentWindow

    /// The format the document was read from.
    public var format: InputFormat { text.encoding.format }

    /// The chain of sections from the top level down to `section`.
    public func sectionPath(_ section: Int?) -> [Section] {
        var path: [Section] = []
        var current = section
        while let index = current {
            path.append(sections[index])
            current = sections[index].parent
        }
        return path.reversed()
    }

    /// A sentence's text as it stands in the original document.
    public func string(of sentence: Sentence) -> String {
        text.originalString(ofNormalized: sentence.range)
    }

    /// A sentence's clauses, as ranges of the normalized text. A heading's
    /// number label is not a clause.
    public func clauses(of sentence: Sentence) -> [Range<Int>] {
        var range = sentence.range
        if sentence.isHeading, let section = sentence.section {
            range = max(range.lowerBound, sections[section].labelRange.upperBound)..<range.upperBound
        }
        return ClauseSplitter.clauses(in: text.normalized, sentence: range)
    }
}
