/// What the headings above a sentence say about its figures: the year they
/// are about (一、2016年工作总结, 明年工作打算) and whether they stand in a plan
/// section. Worked out once per section, parents before children.
struct SectionContexts {
    /// The context of the sentences under one section.
    struct Context {
        /// The year in the nearest heading above that names one, else the title's.
        let year: Int?
        /// The plan section around them, if any.
        let plan: PlanSection?
    }

    private let contexts: [Context]
    private let outside: Context

    /// The contexts of every section of `document`. `reportYear` gives 明年
    /// its year; `titleYear` stands in where no heading has a year.
    init(_ document: Document, reportYear: Int?, titleYear: Int?, targets: TargetDetector) {
        var headingYears: [Int?] = []
        var inPlan: [Bool] = []
        var contexts: [Context] = []
        for section in document.sections {
            let title = Array(section.title.utf16)
            let ownYear: Int??
            if let year = Self.year(in: title) {
                ownYear = .some(year)
            } else if Self.nextYear.occurs(in: title, range: title.indices) {
                ownYear = .some(reportYear.map { $0 + 1 })
            } else {
                ownYear = nil
            }
            let headingYear = ownYear ?? section.parent.flatMap { headingYears[$0] }
            let isPlan = targets.isPlanHeading(title) || section.parent.map { inPlan[$0] } == true
            headingYears.append(headingYear)
            inPlan.append(isPlan)
            contexts.append(Context(year: headingYear ?? titleYear, plan: isPlan ? PlanSection(year: headingYear) : nil))
        }
        self.contexts = contexts
        self.outside = Context(year: titleYear, plan: nil)
    }

    /// The context of a sentence in `section`, or outside any section.
    subscript(section: Int?) -> Context {
        section.map { contexts[$0] } ?? outside
    }

    /// The first four-digit year followed by 年 in `text`.
    static func year(in text: String) -> Int? {
        year(in: Array(text.utf16))
    }

    /// The first four-digit year followed by 年 in `units`.
    static func year(in units: [UInt16]) -> Int? {
        var index = 0
        while index + 4 < units.count {
            if units[index + 4] == yearMark, units[index..<(index + 4)].allSatisfy(CodeUnit.isDigit),
               index == 0 || !CodeUnit.isDigit(units[index - 1]) {
                return units[index..<(index + 4)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
            }
            index += 1
        }
        return nil
    }

    private static let yearMark = UInt16(("年" as Unicode.Scalar).value)
    private static let nextYear = PhraseSearch(["明年"])
}
