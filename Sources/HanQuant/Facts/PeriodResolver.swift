/// Resolves period expressions to ISO 8601 periods.
///
/// A year left unwritten is the context year: the last year written earlier
/// in the paragraph, else the year in the section's heading (一、2016年工作总结),
/// else the report date's year. 今年, 去年 and 明年 count from the report date;
/// 截至目前 ends at the report date.
struct PeriodResolver {
    /// The report date, when known.
    let reportDate: CalendarDate?

    /// The ISO form of `expression`, or nil when it needs a date or year that is unknown.
    func iso(_ expression: PeriodExpression, contextYear: Int?) -> String? {
        let key = Key(expression, contextYear: contextYear)
        if let known = cache.forms[key] { return known }
        let form = isoForm(expression, contextYear: contextYear)
        cache.forms[key] = form
        return form
    }

    /// What an ISO form depends on: the expression's meaning, not its words or place.
    private struct Key: Hashable {
        let year: Int?, yearOffset: Int?, months: ClosedRange<Int>?, day: Int?
        let isToDate: Bool, isOpenEnded: Bool, isOpenStarted: Bool
        let contextYear: Int?

        init(_ expression: PeriodExpression, contextYear: Int?) {
            year = expression.year
            yearOffset = expression.yearOffset
            months = expression.months
            day = expression.day
            isToDate = expression.isToDate
            isOpenEnded = expression.isOpenEnded
            isOpenStarted = expression.isOpenStarted
            self.contextYear = contextYear
        }
    }

    /// ISO forms already worked out for this report date: a report names a
    /// handful of periods many times over.
    private final class Cache {
        var forms: [Key: String?] = [:]
    }

    private let cache = Cache()

    private func isoForm(_ expression: PeriodExpression, contextYear: Int?) -> String? {
        if expression.isToDate {
            return reportDate.map { "../\($0)" }
        }
        guard let year = self.year(of: expression, contextYear: contextYear) else { return nil }
        let start: String, end: String
        if let months = expression.months {
            if let day = expression.day, months.count == 1 {
                let date = day == 0 ? Self.lastDay(year: year, month: months.lowerBound) : day
                start = "\(Self.pad(year, 4))-\(Self.pad(months.lowerBound, 2))-\(Self.pad(date, 2))"
                end = start
            } else {
                start = "\(Self.pad(year, 4))-\(Self.pad(months.lowerBound, 2))"
                end = "\(Self.pad(year, 4))-\(Self.pad(months.upperBound, 2))"
            }
        } else {
            start = Self.pad(year, 4)
            end = start
        }
        if expression.isOpenEnded { return "\(start)/.." }
        if expression.isOpenStarted { return "../\(end)" }
        return start == end ? start : "\(start)/\(end)"
    }

    /// The year an expression falls in.
    func year(of expression: PeriodExpression, contextYear: Int?) -> Int? {
        if let year = expression.year { return year }
        if let offset = expression.yearOffset { return (reportDate?.year ?? contextYear).map { $0 + offset } }
        if expression.isToDate { return reportDate?.year }
        return contextYear ?? reportDate?.year
    }

    private static func lastDay(year: Int, month: Int) -> Int {
        (28...31).last { CalendarDate(year: year, month: month, day: $0) != nil } ?? 28
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
