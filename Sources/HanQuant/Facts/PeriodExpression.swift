/// A period written in a sentence (今年1-10月, 截至目前, 2017年上半年),
/// before it is resolved against the context year and report date.
///
/// The scanner copies expressions many times per sentence, so they are
/// stored small: the years, months, days and offsets, all a few digits
/// long, as 16-bit numbers with a sentinel for "none", and the flags as
/// bits. The properties read and write them as `Int?`, `ClosedRange<Int>?`
/// and `Bool`; a value too large for 16 bits traps rather than being cut.
struct PeriodExpression: Equatable {
    /// Its UTF-16 range in the normalized text.
    var range: Range<Int>

    /// A period from its range and what it names.
    init(range: Range<Int>, year: Int? = nil, months: ClosedRange<Int>? = nil, day: Int? = nil) {
        self.range = range
        self.year = year
        self.months = months
        self.day = day
    }

    /// A year written out (2016年).
    var year: Int? {
        get { Self.read(storedYear) }
        set { storedYear = Self.stored(newValue) }
    }
    /// A year relative to the report date's (今年 0, 去年 -1, 明年 1).
    var yearOffset: Int? {
        get { Self.read(storedYearOffset) }
        set { storedYearOffset = Self.stored(newValue) }
    }
    /// The months covered, nil for the whole year.
    var months: ClosedRange<Int>? {
        get { storedFirstMonth == Self.none ? nil : Int(storedFirstMonth)...Int(storedLastMonth) }
        set {
            storedFirstMonth = Self.stored(newValue?.lowerBound)
            storedLastMonth = Self.stored(newValue?.upperBound)
        }
    }
    /// A single day of the single month in ``months`` (12月9日, 年底); with
    /// ``endDay``, the first day of a range of days.
    var day: Int? {
        get { Self.read(storedDay) }
        set { storedDay = Self.stored(newValue) }
    }
    /// The last year of a range of years (2019年至2023年, 十四五期间).
    var endYear: Int? {
        get { Self.read(storedEndYear) }
        set { storedEndYear = Self.stored(newValue) }
    }
    /// The last day, in the last month of ``months``, of a range of days
    /// (9月29日至10月6日).
    var endDay: Int? {
        get { Self.read(storedEndDay) }
        set { storedEndDay = Self.stored(newValue) }
    }
    /// A fiscal year counted from the one under way (本年度 0, 來年 1): in
    /// Hong Kong the April-to-March year around the report date, in a
    /// budget proposal the year it is for, elsewhere the calendar year.
    var fiscalOffset: Int? {
        get { Self.read(storedFiscalOffset) }
        set { storedFiscalOffset = Self.stored(newValue) }
    }
    /// Years counted back or forward from the report date (过去五年,
    /// 今后五年): their number, negative for past years.
    var yearSpan: Int? {
        get { Self.read(storedYearSpan) }
        set { storedYearSpan = Self.stored(newValue) }
    }
    /// For a baseline phrase (在2016年完成投资3.2亿元的基础上): where the
    /// phrase ends. Figures inside it are results of this period; figures
    /// after it are measured against it.
    var baselineEnd: Int? {
        get { storedBaselineEnd == Int.min ? nil : storedBaselineEnd }
        set {
            precondition(newValue != Int.min)
            storedBaselineEnd = newValue ?? Int.min
        }
    }

    /// The end of a year named before it in the sentence, or of the one
    /// under way (財政儲備在年度結束時…): a stock at that day.
    var isYearEnd: Bool {
        get { flags.contains(.yearEnd) }
        set { flags.set(.yearEnd, newValue) }
    }
    /// A fiscal year from April to March (2023-24年度, as Hong Kong writes it).
    var isFiscalYear: Bool {
        get { flags.contains(.fiscalYear) }
        set { flags.set(.fiscalYear, newValue) }
    }
    /// A five-year plan (十四五), from its first year to its last.
    var isPlanPeriod: Bool {
        get { flags.contains(.planPeriod) }
        set { flags.set(.planPeriod, newValue) }
    }
    /// A deadline (到2025年, 2017年6月前): when a target is to be met.
    var isDeadline: Bool {
        get { flags.contains(.deadline) }
        set { flags.set(.deadline, newValue) }
    }
    /// Up to the report date (截至目前, 目前, 至今).
    var isToDate: Bool {
        get { flags.contains(.toDate) }
        set { flags.set(.toDate, newValue) }
    }
    /// From its start on, with no end (10月以来).
    var isOpenEnded: Bool {
        get { flags.contains(.openEnded) }
        set { flags.set(.openEnded, newValue) }
    }
    /// Up to its end, with no start (截至10月, 6月前).
    var isOpenStarted: Bool {
        get { flags.contains(.openStarted) }
        set { flags.set(.openStarted, newValue) }
    }
    /// Words that hold a period word without naming a figure's period (全年目标).
    var isIgnored: Bool {
        get { flags.contains(.ignored) }
        set { flags.set(.ignored, newValue) }
    }
    /// A period compared against, not the figure's period (较9月底, 比上年).
    var isComparison: Bool {
        get { flags.contains(.comparison) }
        set { flags.set(.comparison, newValue) }
    }

    /// Whether it can give the figures after it their period.
    var namesPeriod: Bool { !isIgnored && !isComparison && baselineEnd == nil }

    /// Whether it names a year and nothing finer, so that a following month
    /// or half-year can be joined to it (2017年 + 上半年).
    var isBareYear: Bool {
        (year != nil || yearOffset != nil) && months == nil && !isToDate && !isOpenEnded && !isOpenStarted
    }

    // MARK: Storage

    private var storedBaselineEnd = Int.min
    private var storedYear = none
    private var storedYearOffset = none
    private var storedFirstMonth = none
    private var storedLastMonth = none
    private var storedDay = none
    private var storedEndYear = none
    private var storedEndDay = none
    private var storedFiscalOffset = none
    private var storedYearSpan = none
    private var flags = Flags()

    /// The stored value that stands for nil.
    private static let none = Int16.min

    private static func read(_ stored: Int16) -> Int? {
        stored == none ? nil : Int(stored)
    }

    private static func stored(_ value: Int?) -> Int16 {
        guard let value else { return none }
        let stored = Int16(value) // traps beyond 16 bits: no expression names such a number
        precondition(stored != none)
        return stored
    }

    /// The flags, one bit each.
    private struct Flags: OptionSet, Equatable {
        let rawValue: UInt16
        static let yearEnd = Flags(rawValue: 1 << 0)
        static let fiscalYear = Flags(rawValue: 1 << 1)
        static let planPeriod = Flags(rawValue: 1 << 2)
        static let deadline = Flags(rawValue: 1 << 3)
        static let toDate = Flags(rawValue: 1 << 4)
        static let openEnded = Flags(rawValue: 1 << 5)
        static let openStarted = Flags(rawValue: 1 << 6)
        static let ignored = Flags(rawValue: 1 << 7)
        static let comparison = Flags(rawValue: 1 << 8)

        mutating func set(_ flag: Flags, _ on: Bool) {
            if on { insert(flag) } else { remove(flag) }
        }
    }
}
