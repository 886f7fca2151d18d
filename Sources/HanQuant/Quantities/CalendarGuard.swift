/// Tells calendar dates from durations: 2016年 and 12月9日 name a time, while
/// 三年内 and 180天 are lengths of time. Dates are never quantities; they
/// feed periods instead.
///
/// - 年 after a four-digit Arabic year (2016年) or Chinese digits read place
///   by place (二〇一六年) is a year. 年度, 年底, 年初 … are excluded by the
///   unit lexicon itself.
/// - 日 after a whole number up to 31 is a date (12月9日, 每月28日, 于9日)
///   unless a bound follows it that only a duration takes: 30日内, 15日以上.
///   180日 can only be a duration.
enum CalendarGuard {
    private static let year = UInt16(("年" as Unicode.Scalar).value)
    private static let day = UInt16(("日" as Unicode.Scalar).value)

    /// Whether `reading`, whose unit has been matched, writes a date.
    static func isDate(_ reading: QuantityReading, in units: [UInt16], durationBoundFollows: Bool) -> Bool {
        // Both units are one character: any other unit is no date, at the cost of one comparison.
        guard let unit = reading.unit, unit.range.count == 1 else { return false }
        let surface = units[unit.range.lowerBound]
        if surface == year {
            return reading.numeral.isDigitRun
                || (reading.numeral.arabicIntegerDigits == 4 && reading.numeral.scaleStart == nil
                    && reading.numeral.value.isWhole
                    && reading.approximations.isEmpty && reading.separateScale == .one)
        }
        if surface == day {
            let value = reading.numeral.value
            return !durationBoundFollows && (value.wholeValue ?? .max) <= 31
        }
        return false
    }
}
