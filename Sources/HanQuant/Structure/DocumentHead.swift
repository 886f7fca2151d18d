/// What the first lines of a document say about it: metadata fields, the
/// title, and the report date, wherever in those lines they stand.
///
/// Documents put these in many orders: a portal's metadata block, then the
/// title and a bracketed date line (`（2023年12月20日）`); a date line first
/// and the title after it; a subtitle (`——2024年1月12日在…会议上`); page lines
/// such as `发布日期：2023-01-12` or `來源：主計總處 2023/10/25`; Republic of
/// China dates (`中華民國112年12月20日`). The head ends at the first numbered
/// heading, the first long line of body text, or after ``longestHead`` lines.
struct DocumentHead {
    /// The metadata fields, in order.
    var metadata: [MetadataField] = []
    /// The title line's index in the line list, when there is a title.
    var titleIndex: Int?
    /// The report date, when a line of the head writes one.
    var date: CalendarDate?
    /// The index of the line that gave the date.
    var dateIndex: Int?
    /// The indices of lines that are not body text: metadata, date lines,
    /// dated subtitles and a repeated title.
    var skipped: Set<Int> = []

    /// At most this many non-blank lines are read as the head.
    static let longestHead = 12
    /// A title is a short line; a longer one is body text.
    static let longestTitle = 80
    /// A subtitle naming the meeting may be longer than a title.
    static let longestDateLine = 120

    /// No head: a later window of a document read in windows.
    init() {}

    /// Reads the head of `lines`, each a trimmed range of `units`;
    /// `original` gives a range's text as written.
    init(_ units: [UInt16], lines: [Range<Int>], metadataReader: MetadataReader, original: (Range<Int>) -> String) {
        var seen = 0
        var titleText: [UInt16]?
        for index in lines.indices where !lines[index].isEmpty {
            let range = lines[index]
            guard seen < Self.longestHead, HeadingLabel.find(in: units, range: range) == nil else { break }
            seen += 1
            let written = original(range)
            if let fields = metadataReader.fields(of: written, lineNumber: index + 1) {
                metadata += fields
                skipped.insert(index)
            } else if range.count <= Self.longestDateLine, units[range.upperBound - 1] != CodeUnit.ideographicFullStop,
                      let found = Self.dateLine(written) {
                if date == nil { (date, dateIndex) = (found, index) }
                skipped.insert(index)
            } else if titleIndex == nil, Self.isTitleLike(units, range) {
                titleIndex = index
                titleText = Array(units[range])
            } else if let titleText, units[range].elementsEqual(titleText) {
                skipped.insert(index)
            } else if range.count > Self.longestTitle {
                break
            }
        }
    }

    /// The date of a line that is a date line: a date alone, bracketed or
    /// not, or a date opening a subtitle (`——2024年1月12日在…会议上`,
    /// `(2023年12月20日在…会议上)`).
    static func dateLine(_ line: String) -> CalendarDate? {
        if let date = DateReader.date(line) { return date }
        guard let (date, rest) = DateReader.leadingDate(line) else { return nil }
        let after = rest.drop { $0.isWhitespace }
        guard let first = after.first else { return date }
        return subtitleOpeners.contains(first) ? date : nil
    }

    /// What may follow the date of a subtitle: 在 (at the meeting), 于, 於,
    /// or the closing bracket.
    private static let subtitleOpeners: Set<Character> = ["在", "于", "於", ")", "）", "]", "］", "】", "〕"]

    /// Whether a line can be the title: short, not numbered, not ending a sentence.
    private static func isTitleLike(_ units: [UInt16], _ range: Range<Int>) -> Bool {
        range.count <= longestTitle && units[range.upperBound - 1] != CodeUnit.ideographicFullStop
    }
}
