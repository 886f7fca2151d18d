/// Resolves period expressions to ISO 8601 periods.
///
/// A year left unwritten is the context year: the last year written earlier
/// in the paragraph, else the year in the section's heading (一、2016年工作总结),
/// else the subject year of a look-back document, else the report date's
/// year. 今年, 去年 and 明年 count from the subject year when the document
/// has one (a bulletin about 2021 published in 2022), else from the report
/// date. 截至目前 ends at the report date, and so do open ends (10月以来 is
/// `2016-10/2016-12-09`). Stocks at a day (年末, 9月底, 截至11月底) are
/// `../YYYY-MM-DD`. 过去五年 in a report given in the first half of a year
/// are the five years before it; in one given later, the five up to its own.
struct PeriodResolver {
    /// The report date, when known.
    let reportDate: CalendarDate?
    /// The year a look-back document is about, when it says.
    let subjectYear: Int?
    /// The year a budget proposal is for, when its title says.
    let budgetYear: Int?
    /// The month the region's fiscal year starts in: 本年度 and 來年 are
    /// April-to-March years when it is 4.
    let fiscalYearStartMonth: Int
    /// The report date in ISO 8601, written once: periods are compared with
    /// it as ASCII text, byte by byte, as their strings compare.
    private let reportDay: [UInt8]?

    /// A resolver for a document given on `reportDate` about `subjectYear`.
    init(reportDate: CalendarDate?, subjectYear: Int? = nil, budgetYear: Int? = nil, fiscalYearStartMonth: Int = 1) {
        self.reportDate = reportDate
        self.subjectYear = subjectYear
        self.budgetYear = budgetYear
        self.fiscalYearStartMonth = fiscalYearStartMonth
        reportDay = reportDate.map { Array($0.description.utf8) }
    }

    /// The ISO form of `expression`, or nil when it needs a date or year that is unknown.
    func iso(_ expression: PeriodExpression, contextYear: Int?) -> String? {
        guard let meaning = expression.isoMeaning(contextYear: contextYear) else {
            return isoForm(expression, contextYear: contextYear)
        }
        let key = Key(words: meaning)
        if let known = cache.forms[key] { return known }
        let form = isoForm(expression, contextYear: contextYear)
        cache.forms[key] = form
        return form
    }

    /// What an ISO form depends on, the expression's meaning, not its words
    /// or place (``PeriodExpression/isoMeaning(contextYear:)``): three
    /// words, hashed as one mixed word.
    private struct Key: Hashable {
        let words: (UInt64, UInt64, UInt64)

        static func == (left: Key, right: Key) -> Bool {
            left.words == right.words
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(words.0 &* 0x9E37_79B9_7F4A_7C15 ^ (words.1 &* 0xC2B2_AE3D_27D4_EB4F) ^ words.2)
        }
    }

    /// ISO forms already worked out for this report date: a report names a
    /// handful of periods many times over.
    private final class Cache {
        var forms: [Key: String?] = [:]
        var afterReport: [String: Bool] = [:]
        /// The last answer of ``isAfterReport(_:)``: figures in a row share
        /// a period, and comparing its text costs less than hashing it.
        var lastAfterReport: (iso: String, value: Bool)?
    }

    private let cache = Cache()

    private func isoForm(_ expression: PeriodExpression, contextYear: Int?) -> String? {
        if expression.isToDate {
            return reportDate.map { "../\($0)" }
        }
        if let span = expression.yearSpan {
            guard let years = spanYears(span, contextYear: contextYear) else { return nil }
            let first = Self.pad(years.lowerBound, 4)
            return years.count == 1 ? first : "\(first)/\(Self.pad(years.upperBound, 4))"
        }
        guard let year = self.year(of: expression, contextYear: contextYear) else { return nil }
        let (start, end) = bounds(expression, year: year)
        if expression.isOpenEnded { return "\(start.iso)/\(openEnd(after: start)?.description ?? "..")" }
        if expression.isOpenStarted { return "../\(end.iso)" }
        return start == end ? start.iso : "\(start.iso)/\(end.iso)"
    }

    /// A day, month or year, as ISO 8601 writes it at that precision. Day 0
    /// is the month's last day.
    private struct Point: Equatable {
        let year: Int, month: Int?, day: Int?

        var iso: String {
            var text = PeriodResolver.pad(year, 4)
            guard let month else { return text }
            text += "-" + PeriodResolver.pad(month, 2)
            guard let day else { return text }
            return text + "-" + PeriodResolver.pad(day == 0 ? PeriodResolver.lastDay(year: year, month: month) : day, 2)
        }

        /// The first day it covers, as year, month and day.
        var firstDay: (Int, Int, Int) { (year, month ?? 1, max(day ?? 1, 1)) }
    }

    /// The first and last point of an expression whose year is `year`.
    private func bounds(_ expression: PeriodExpression, year: Int) -> (Point, Point) {
        if isAprilToMarch(expression) {
            // A stock at the fiscal year's end (年度結束時) is at its last day.
            let lastDay = expression.isOpenStarted ? 31 : nil
            return (Point(year: year, month: 4, day: nil), Point(year: year + 1, month: 3, day: lastDay))
        }
        guard let months = expression.months else {
            return (Point(year: year, month: nil, day: nil), Point(year: expression.endYear ?? year, month: nil, day: nil))
        }
        guard let day = expression.day else {
            return (Point(year: year, month: months.lowerBound, day: nil), Point(year: year, month: months.upperBound, day: nil))
        }
        let start = Point(year: year, month: months.lowerBound, day: day)
        guard let endDay = expression.endDay else { return (start, start) }
        return (start, Point(year: year, month: months.upperBound, day: endDay))
    }

    /// Whether an expression names a fiscal year from April to March:
    /// written so (2023-24年度), or counted from the one under way in a
    /// region whose fiscal year starts in April.
    private func isAprilToMarch(_ expression: PeriodExpression) -> Bool {
        expression.isFiscalYear || expression.fiscalOffset != nil && fiscalYearsRunFromApril
    }

    private var fiscalYearsRunFromApril: Bool { fiscalYearStartMonth == 4 }

    /// Where a period open at its end closes: the report date, or the end
    /// of the subject year when the report was given after it; nil when
    /// neither is known or the period starts after it.
    private func openEnd(after start: Point) -> CalendarDate? {
        guard var end = reportDate else { return nil }
        if let subjectYear, subjectYear < end.year, let last = CalendarDate(year: subjectYear, month: 12, day: 31) {
            end = last
        }
        return start.firstDay <= (end.year, end.month, end.day) ? end : nil
    }

    /// The years of 过去N年 (negative `span`) or 今后N年, counted from the
    /// report date, whose own year is past only when the report is given in
    /// its second half.
    private func spanYears(_ span: Int, contextYear: Int?) -> ClosedRange<Int>? {
        let lastPast: Int
        if let reportDate {
            lastPast = reportDate.month <= 6 ? reportDate.year - 1 : reportDate.year
        } else if let known = subjectYear ?? contextYear {
            lastPast = known
        } else {
            return nil
        }
        return span < 0 ? (lastPast + span + 1)...lastPast : (lastPast + 1)...(lastPast + span)
    }

    /// Whether a period lies wholly after the report date: it starts after
    /// it, or is a stock at a later day (`../2024-03-31`). Its figures
    /// cannot have been reached yet, so they are plans or projections.
    func isAfterReport(_ period: Period) -> Bool {
        // A period of another year than the report's is told by its year alone.
        if let reportDate, let year = period.firstYear, year != reportDate.year, period.iso.utf8.first != UInt8(ascii: ".") {
            return year > reportDate.year
        }
        if let last = cache.lastAfterReport, last.iso == period.iso { return last.value }
        let value: Bool
        if let known = cache.afterReport[period.iso] {
            value = known
        } else {
            value = liesAfterReport(period)
            cache.afterReport[period.iso] = value
        }
        cache.lastAfterReport = (period.iso, value)
        return value
    }

    /// Whether `period` ended in a year before the report's: `2023`,
    /// `../2023-12-31` or `2019/2023` in a report of 2024. An open end (`2023/..`) has not ended.
    func endsBeforeReportYear(_ period: Period) -> Bool {
        guard let reportDate, let end = period.iso.split(separator: "/").last, end != "..",
              let year = Int(end.prefix(4)) else { return false }
        return year < reportDate.year
    }

    /// Whether `period` starts after the report's day: its first day (a
    /// year's is 1 January), or, for a period open before (`../2025-03`),
    /// its end, written as ISO text and compared as text.
    func liesAfterReport(_ period: Period) -> Bool {
        guard let reportDay else { return false }
        let dots = "..".utf8
        let parts = period.iso.utf8.split(separator: UInt8(ascii: "/"), maxSplits: 2, omittingEmptySubsequences: false)
        guard let first = parts.first else { return false }
        let opensBefore = first.elementsEqual(dots)
        let point = opensBefore ? (parts.count > 1 ? Array(parts[1]) : []) : Array(first)
        guard point.count >= 4, !point.elementsEqual(dots) else { return false }
        if opensBefore { return reportDay.lexicographicallyPrecedes(point) }
        // The first day a point covers, written in full: 2024 is 2024-01-01.
        let firstDay = point + "-01-01".utf8.suffix(max(0, 10 - point.count))
        return reportDay.lexicographicallyPrecedes(firstDay)
    }

    /// The year an expression falls in, or starts in.
    func year(of expression: PeriodExpression, contextYear: Int?) -> Int? {
        if let year = expression.year { return year }
        if let offset = expression.fiscalOffset { return fiscalYear(offset) }
        if let offset = expression.yearOffset { return (subjectYear ?? reportDate?.year ?? contextYear).map { $0 + offset } }
        if expression.isToDate { return reportDate?.year }
        if let span = expression.yearSpan { return spanYears(span, contextYear: contextYear)?.lowerBound }
        guard let year = contextYear ?? subjectYear ?? reportDate?.year else { return nil }
        return isLookingBack(expression, year: year) ? year - 1 : year
    }

    /// The first year of the fiscal year `offset` years after the one under
    /// way: the April-to-March year around the report date where fiscal
    /// years start in April, else the budget proposal's year, else the
    /// calendar year as 今年 counts it.
    private func fiscalYear(_ offset: Int) -> Int? {
        if fiscalYearsRunFromApril, let reportDate {
            return (reportDate.month >= fiscalYearStartMonth ? reportDate.year : reportDate.year - 1) + offset
        }
        return (budgetYear ?? subjectYear ?? reportDate?.year).map { $0 + offset }
    }

    /// Whether months named without a year in a report given early in the
    /// year are last year's: 截至11月底 and 1-11月 in a report of January
    /// 2024 are 2023's, for those months have not come yet. A deadline
    /// (11月底前) stays in the report's year.
    private func isLookingBack(_ expression: PeriodExpression, year: Int) -> Bool {
        guard let reportDate, year == reportDate.year, subjectYear == nil, reportDate.month <= 6,
              let months = expression.months, months.upperBound > reportDate.month, !expression.isDeadline else { return false }
        return true
    }

    fileprivate static func lastDay(year: Int, month: Int) -> Int {
        (28...31).last { CalendarDate(year: year, month: month, day: $0) != nil } ?? 28
    }

    fileprivate static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
