/// What a document says about all its figures: when it was given, which
/// year it is about, where it comes from and so which currency a bare 元
/// stands for. Each comes with where it was read, which `hanquant segments`
/// shows.
public struct DocumentContext: Sendable, Equatable {
    /// The year the document reports on, when it is a look back published
    /// after that year (a bulletin about 2021 published in 2022).
    public let subjectYear: Int?
    /// Where the subject year was read: `title` or `line N`.
    public let subjectYearOrigin: String?
    /// The year a budget proposal is for, from its title (`113年度中央政府總預算案`):
    /// its 本年度 is that year.
    public let budgetYear: Int?
    /// The region the document comes from, when its words show it.
    public let region: Region?
    /// Why: the markers found and how often (`新臺幣 ×3, 行政院 ×1`).
    public let regionOrigin: String?

    /// A context with nothing known.
    public static let unknown = DocumentContext(subjectYear: nil, subjectYearOrigin: nil, region: nil, regionOrigin: nil)

    /// Creates a context.
    public init(subjectYear: Int?, subjectYearOrigin: String?, budgetYear: Int? = nil, region: Region?, regionOrigin: String?) {
        self.subjectYear = subjectYear
        self.subjectYearOrigin = subjectYearOrigin
        self.budgetYear = budgetYear
        self.region = region
        self.regionOrigin = regionOrigin
    }
}

/// Works out a ``DocumentContext`` from a document's title, opening and text.
struct DocumentContextReader: Sendable {
    private let subjectTitles: PhraseSearch
    private let budgetTitles: PhraseSearch
    private let markers: RegionMarkers

    /// The reader over the bundled lexicons.
    static let bundled = DocumentContextReader(subjectTitles: LexiconFile.bundled("subject-year-titles.txt"),
                                               budgetTitles: LexiconFile.bundled("budget-year-titles.txt"),
                                               markers: .bundled)

    /// Builds a reader from the title words and region markers.
    init(subjectTitles: LexiconFile, budgetTitles: LexiconFile, markers: RegionMarkers) {
        self.subjectTitles = PhraseSearch(subjectTitles.rows.map { $0[0] })
        self.budgetTitles = PhraseSearch(budgetTitles.rows.map { $0[0] })
        self.markers = markers
    }

    /// The context of a document.
    /// - Parameters:
    ///   - units: its normalized text.
    ///   - title: the title's range, if any.
    ///   - opening: the first body sentence's range and line, if any.
    func context(_ units: [UInt16], title: Range<Int>?, opening: (range: Range<Int>, line: Int)?) -> DocumentContext {
        var subjectYear: Int?
        var subjectOrigin: String?
        if let title, subjectTitles.occurs(in: units, range: title) {
            if let year = YearReader.firstYear(in: units, range: title) {
                (subjectYear, subjectOrigin) = (year, "title")
            } else if let opening, let year = Self.openingYear(units, opening.range) {
                (subjectYear, subjectOrigin) = (year, "line \(opening.line)")
            }
        }
        var budgetYear: Int?
        if let title, budgetTitles.occurs(in: units, range: title) {
            budgetYear = YearReader.firstYear(in: units, range: title)
        }
        let found = markers.region(of: units)
        let origin = found.map { $0.markers.map { "\($0.word) ×\($0.count)" }.joined(separator: ", ") }
        return DocumentContext(subjectYear: subjectYear, subjectYearOrigin: subjectOrigin, budgetYear: budgetYear,
                               region: found?.region, regionOrigin: origin)
    }

    /// The year a sentence opens with as its topic: `2021年是…`, `2021年，…`.
    private static func openingYear(_ units: [UInt16], _ range: Range<Int>) -> Int? {
        guard let (year, end) = YearReader.year(in: units, at: range.lowerBound, limit: range.upperBound),
              end < range.upperBound, openingFollowers.contains(units[end]) else { return nil }
        return year
    }

    private static let openingFollowers: CodeUnitSet = "是,"
}
