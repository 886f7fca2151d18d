/// What the headings above a sentence say about its figures: the year they
/// are about (一、2016年工作总结, 明年工作打算), the fiscal year (本年度修訂預算,
/// 二零二三/二四年度預算) and whether they stand in a plan section. Worked
/// out once per section, parents before children.
struct SectionContexts: Sendable {
    /// The context of the sentences under one section.
    struct Context: Sendable {
        /// The year in the nearest heading above that names one, else the title's.
        let year: Int?
        /// The fiscal year in the nearest heading above that names one, else
        /// the title's: the period of figures that name none.
        let fiscalYear: Period?
        /// The plan section around them, if any.
        let plan: PlanSection?
        /// Whether the section's title is a heading proper (short, without
        /// a comma), not a numbered paragraph.
        var hasHeadingTitle = false
    }

    private let contexts: [Context]
    private let outside: Context

    /// The contexts of every section of `document`. `reportYear` gives 明年
    /// its year; `titleYear` stands in where no heading has a year; fiscal
    /// years are found by `periods` and resolved by `resolver`.
    init(_ document: Document, reportYear: Int?, titleYear: Int?, targets: TargetDetector,
         periods: PeriodScanner, resolver: PeriodResolver) {
        var expressions: [PeriodExpression] = []
        func fiscalYear(in title: [UInt16]) -> Period? {
            // Every fiscal year is written with 年 (本年度, 2023-24年度, 來年).
            guard title.contains(Self.yearMark) else { return nil }
            periods.expressions(in: title, range: title.indices, into: &expressions)
            guard let fiscal = expressions.first(where: { $0.namesPeriod && ($0.isFiscalYear || $0.fiscalOffset != nil) }),
                  let iso = resolver.iso(fiscal, contextYear: nil) else { return nil }
            return Period(iso: iso, text: String(utf16Units: title, range: fiscal.range),
                          firstYear: resolver.year(of: fiscal, contextYear: nil))
        }
        let titleFiscalYear = document.title.flatMap { fiscalYear(in: Array($0.utf16)) }
        var headingFiscalYears: [Period?] = []
        var headingYears: [Int?] = []
        var inPlan: [Bool] = []
        var contexts: [Context] = []
        for section in document.sections {
            // A numbered paragraph (一、社會福利支出編列7,802億元，…，較112年度增加…) is
            // no heading to take a year from: only a short title without a comma is.
            let titleUnits = Array(section.title.utf16)
            let title = Self.isHeadingProper(titleUnits) ? titleUnits : []
            let ownYear: Int??
            if let year = YearReader.firstYear(in: title, range: title.indices) {
                ownYear = .some(year)
            } else if Self.nextYear.occurs(in: title, range: title.indices) {
                ownYear = .some(reportYear.map { $0 + 1 })
            } else {
                ownYear = nil
            }
            let headingYear = ownYear ?? section.parent.flatMap { headingYears[$0] }
            let headingFiscalYear = fiscalYear(in: title) ?? section.parent.flatMap { headingFiscalYears[$0] }
            headingFiscalYears.append(headingFiscalYear)
            let isPlan = targets.isPlanHeading(titleUnits) || section.parent.map { inPlan[$0] } == true
            headingYears.append(headingYear)
            inPlan.append(isPlan)
            contexts.append(Context(year: headingYear ?? titleYear, fiscalYear: headingFiscalYear ?? titleFiscalYear,
                                    plan: isPlan ? PlanSection(year: headingYear) : nil,
                                    hasHeadingTitle: !title.isEmpty))
        }
        self.contexts = contexts
        self.outside = Context(year: titleYear, fiscalYear: titleFiscalYear, plan: nil)
    }

    /// The context of a sentence in `section`, or outside any section.
    subscript(section: Int?) -> Context {
        section.map { contexts[$0] } ?? outside
    }

    /// The longest title read for a year, in UTF-16 units.
    private static let longestHeading = 30

    private static func isHeadingProper(_ title: [UInt16]) -> Bool {
        title.count <= longestHeading && !title.contains(where: { clauseEnds.contains($0) })
    }

    private static let clauseEnds: CodeUnitSet = "，,；;"
    private static let yearMark = UInt16(("年" as Unicode.Scalar).value)

    private static let nextYear = PhraseSearch(["明年"])
}
