/// A period written in a sentence (今年1-10月, 截至目前, 2017年上半年),
/// before it is resolved against the context year and report date.
///
/// The scanner copies expressions many times per sentence, so they are
/// stored small: the years, months, days and offsets, all a few digits
/// long, as 16-bit numbers (``SmallNumber``) read and written as `Int?`,
/// and the flags as bits.
struct PeriodExpression: Equatable {
    /// Its UTF-16 range in the normalized text.
    var range: Range<Int>
    /// ``baselineEnd``, `Int.min` for none (declared first of the small
    /// fields, so that they pack behind it).
    private var storedBaselineEnd = Int.min

    /// A period from its range and what it names.
    init(range: Range<Int>, year: Int? = nil, months: ClosedRange<Int>? = nil, day: Int? = nil) {
        self.range = range
        self.year = year
        self.months = months
        self.day = day
    }

    /// A year written out (2016年).
    @SmallNumber var year: Int?
    /// A year relative to the report date's (今年 0, 去年 -1, 明年 1).
    @SmallNumber var yearOffset: Int?
    /// The first and last month covered; see ``months``.
    @SmallNumber private var firstMonth: Int?
    @SmallNumber private var lastMonth: Int?
    /// A single day of the single month in ``months`` (12月9日, 年底); with
    /// ``endDay``, the first day of a range of days.
    @SmallNumber var day: Int?
    /// The last year of a range of years (2019年至2023年, 十四五期间).
    @SmallNumber var endYear: Int?
    /// The last day, in the last month of ``months``, of a range of days
    /// (9月29日至10月6日).
    @SmallNumber var endDay: Int?
    /// A fiscal year counted from the one under way (本年度 0, 來年 1): in
    /// Hong Kong the April-to-March year around the report date, in a
    /// budget proposal the year it is for, elsewhere the calendar year.
    @SmallNumber var fiscalOffset: Int?
    /// Years counted back or forward from the report date (过去五年,
    /// 今后五年): their number, negative for past years.
    @SmallNumber var yearSpan: Int?
    /// For a baseline phrase (在2016年完成投资3.2亿元的基础上): where the
    /// phrase ends. Figures inside it are results of this period; figures
    /// after it are measured against it.
    var baselineEnd: Int? {
        get { storedBaselineEnd == .min ? nil : storedBaselineEnd }
        set {
            precondition(newValue != .min)
            storedBaselineEnd = newValue ?? .min
        }
    }
    /// What else it says, a bit each: the flags below.
    private var flags = Flags()

    /// The end of a year named before it in the sentence, or of the one
    /// under way (財政儲備在年度結束時…): a stock at that day.
    var isYearEnd: Bool { get { flags[.yearEnd] } set { flags[.yearEnd] = newValue } }
    /// A fiscal year from April to March (2023-24年度, as Hong Kong writes it).
    var isFiscalYear: Bool { get { flags[.fiscalYear] } set { flags[.fiscalYear] = newValue } }
    /// A five-year plan (十四五), from its first year to its last.
    var isPlanPeriod: Bool { get { flags[.planPeriod] } set { flags[.planPeriod] = newValue } }
    /// A deadline (到2025年, 2017年6月前): when a target is to be met.
    var isDeadline: Bool { get { flags[.deadline] } set { flags[.deadline] = newValue } }
    /// Up to the report date (截至目前, 目前, 至今).
    var isToDate: Bool { get { flags[.toDate] } set { flags[.toDate] = newValue } }
    /// From its start on, with no end (10月以来).
    var isOpenEnded: Bool { get { flags[.openEnded] } set { flags[.openEnded] = newValue } }
    /// Up to its end, with no start (截至10月, 6月前).
    var isOpenStarted: Bool { get { flags[.openStarted] } set { flags[.openStarted] = newValue } }
    /// Words that hold a period word without naming a figure's period (全年目标).
    var isIgnored: Bool { get { flags[.ignored] } set { flags[.ignored] = newValue } }
    /// A period compared against, not the figure's period (较9月底, 比上年).
    var isComparison: Bool { get { flags[.comparison] } set { flags[.comparison] = newValue } }

    /// The flags of an expression, one bit each.
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

        /// Whether `flag` is set; setting it sets or clears its bit.
        subscript(flag: Flags) -> Bool {
            get { contains(flag) }
            set { if newValue { insert(flag) } else { remove(flag) } }
        }
    }

    /// The months covered, nil for the whole year.
    var months: ClosedRange<Int>? {
        get { firstMonth.map { $0...(lastMonth ?? $0) } }
        set {
            firstMonth = newValue?.lowerBound
            lastMonth = newValue?.upperBound
        }
    }

    /// What its ISO form depends on, packed into three words for the
    /// resolver's cache of forms (see ``PeriodResolver/iso(_:contextYear:)``):
    /// the years, months, days and offsets as stored, the flags that change
    /// the form (to date, open at either end, fiscal year, deadline), and
    /// `contextYear`; nil when that year does not fit in 16 bits.
    func isoMeaning(contextYear: Int?) -> (UInt64, UInt64, UInt64)? {
        var context = SmallNumber()
        if let contextYear {
            guard let small = Int16(exactly: contextYear), small != .min else { return nil }
            context.wrappedValue = Int(small)
        }
        let formFlags: Flags = [.toDate, .openEnded, .openStarted, .fiscalYear, .deadline]
        return (_year.bits | _yearOffset.bits << 16 | _firstMonth.bits << 32 | _lastMonth.bits << 48,
                _day.bits | _endYear.bits << 16 | _endDay.bits << 32 | _fiscalOffset.bits << 48,
                _yearSpan.bits | UInt64(flags.intersection(formFlags).rawValue) << 16 | context.bits << 32)
    }

    /// Whether it can give the figures after it their period.
    var namesPeriod: Bool { !isIgnored && !isComparison && baselineEnd == nil }

    /// Whether it names a year and nothing finer, so that a following month
    /// or half-year can be joined to it (2017年 + 上半年).
    var isBareYear: Bool {
        (year != nil || yearOffset != nil) && months == nil && !isToDate && !isOpenEnded && !isOpenStarted
    }
}

/// A number of a few digits that may be missing, kept in two bytes: a
/// year, month, day or offset of a ``PeriodExpression``. A value beyond 16
/// bits traps rather than being cut; no period names one.
@propertyWrapper
struct SmallNumber: Equatable {
    /// The stored value; `Int16.min` stands for nil.
    private var stored = Int16.min

    /// None: the value of a number not written.
    init() {}

    init(wrappedValue: Int?) {
        self.wrappedValue = wrappedValue
    }

    var wrappedValue: Int? {
        get { stored == .min ? nil : Int(stored) }
        set {
            guard let newValue else { return stored = .min }
            stored = Int16(newValue)
            precondition(stored != .min)
        }
    }

    /// The two bytes as stored, nil included, for packing into a key.
    var bits: UInt64 { UInt64(UInt16(bitPattern: stored)) }
}
