/// A period written in a sentence (今年1-10月, 截至目前, 2017年上半年),
/// before it is resolved against the context year and report date.
struct PeriodExpression: Equatable {
    /// Its UTF-16 range in the normalized text.
    var range: Range<Int>
    /// A year written out (2016年).
    var year: Int?
    /// A year relative to the report date's (今年 0, 去年 -1, 明年 1).
    var yearOffset: Int?
    /// The months covered, nil for the whole year.
    var months: ClosedRange<Int>?
    /// A single day of the single month in ``months`` (12月9日, 年底); with
    /// ``endDay``, the first day of a range of days.
    var day: Int?
    /// The last year of a range of years (2019年至2023年, 十四五期间).
    var endYear: Int?
    /// The last day, in the last month of ``months``, of a range of days
    /// (9月29日至10月6日).
    var endDay: Int?
    /// A fiscal year counted from the one under way (本年度 0, 來年 1): in
    /// Hong Kong the April-to-March year around the report date, in a
    /// budget proposal the year it is for, elsewhere the calendar year.
    var fiscalOffset: Int?
    /// The end of a year named before it in the sentence, or of the one
    /// under way (財政儲備在年度結束時…): a stock at that day.
    var isYearEnd = false
    /// A fiscal year from April to March (2023-24年度, as Hong Kong writes it).
    var isFiscalYear = false
    /// Years counted back or forward from the report date (过去五年,
    /// 今后五年): their number, negative for past years.
    var yearSpan: Int?
    /// A five-year plan (十四五), from its first year to its last.
    var isPlanPeriod = false
    /// A deadline (到2025年, 2017年6月前): when a target is to be met.
    var isDeadline = false
    /// Up to the report date (截至目前, 目前, 至今).
    var isToDate = false
    /// From its start on, with no end (10月以来).
    var isOpenEnded = false
    /// Up to its end, with no start (截至10月, 6月前).
    var isOpenStarted = false
    /// Words that hold a period word without naming a figure's period (全年目标).
    var isIgnored = false
    /// A period compared against, not the figure's period (较9月底, 比上年).
    var isComparison = false
    /// For a baseline phrase (在2016年完成投资3.2亿元的基础上): where the
    /// phrase ends. Figures inside it are results of this period; figures
    /// after it are measured against it.
    var baselineEnd: Int?

    /// Whether it can give the figures after it their period.
    var namesPeriod: Bool { !isIgnored && !isComparison && baselineEnd == nil }

    /// Whether it names a year and nothing finer, so that a following month
    /// or half-year can be joined to it (2017年 + 上半年).
    var isBareYear: Bool {
        (year != nil || yearOffset != nil) && months == nil && !isToDate && !isOpenEnded && !isOpenStarted
    }
}
