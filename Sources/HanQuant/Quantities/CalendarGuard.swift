/// Tells calendar dates from durations: 2016年 and 12月9日 name a time, while
/// 三年内 and 180天 are lengths of time. Dates are never quantities; they
/// feed periods instead.
///
/// - 年 after a four-digit Arabic year (2016年) or Chinese digits read place
///   by place (二〇一六年) is a year; so is 年 after 民國 (民國112年) or before
///   a month (112年12月), and after 100 to 150 (a ROC year: 113年). 年度, 年底, 年初 … are excluded by the unit
///   lexicon itself.
/// - 日 after a whole number up to 31 is a date (12月9日, 每月28日, 于9日)
///   unless a bound follows it that only a duration takes: 30日内, 15日以上.
///   180日 can only be a duration.
enum CalendarGuard {
    private static let year = UInt16(("年" as Unicode.Scalar).value)
    private static let day = UInt16(("日" as Unicode.Scalar).value)

    /// Whether `reading`, whose unit has been matched, writes a date.
    static func isDate(_ reading: QuantityReading, in units: [UInt16], lowerBound: Int, durationBoundFollows: Bool) -> Bool {
        // Both units are one character: any other unit is no date, at the cost of one comparison.
        guard let unit = reading.unit, unit.range.count == 1 else { return false }
        let surface = units[unit.range.lowerBound]
        if surface == year {
            return reading.numeral.isDigitRun || isCalendarYear(reading) || isRepublicYear(reading)
                || followsRepublicEra(reading.numeral.range.lowerBound, in: units, lowerBound: lowerBound)
                || monthFollows(unit.range.upperBound, in: units)
        }
        if surface == day {
            let value = reading.numeral.value
            return !durationBoundFollows && (value.wholeValue ?? .max) <= 31
        }
        return false
    }

    /// 2016年, and 接近2004年 (a level of that year): four Arabic digits
    /// with no scale, and no 余 or 多 after them (2000余年 is a length of
    /// time). Words before the number (接近, 近) leave a year between 1900
    /// and 2099 a year.
    private static func isCalendarYear(_ reading: QuantityReading) -> Bool {
        guard reading.numeral.arabicIntegerDigits == 4, reading.numeral.scaleStart == nil, reading.numeral.value.isWhole,
              reading.separateScale == .one else { return false }
        if reading.approximations.isEmpty { return true }
        let markedAfter = reading.unit.map { $0.range.lowerBound > reading.numeral.range.upperBound } ?? false
        return !markedAfter && (1900...2099).contains(reading.numeral.value.wholeValue ?? 0)
    }

    /// 113年 in a Taiwan document: three Arabic digits from 100 to 150 are
    /// a year of the Republic of China (2011 to 2061), far more often than
    /// a length of time (建校113年 is rare; 113年度 and 113年底 are excluded
    /// by the unit lexicon). The cost is a missed length of time, never a
    /// wrong one.
    private static func isRepublicYear(_ reading: QuantityReading) -> Bool {
        reading.numeral.arabicIntegerDigits == 3 && reading.numeral.scaleStart == nil && reading.approximations.isEmpty
            && (100...150).contains(reading.numeral.value.wholeValue ?? 0) && reading.numeral.value.isWhole
    }

    /// 民國112年, 民国38年: a year of the Republic of China.
    private static func followsRepublicEra(_ start: Int, in units: [UInt16], lowerBound: Int) -> Bool {
        start - 2 >= lowerBound && republicEra.contains { units[(start - 2)..<start].elementsEqual($0) }
    }

    /// 112年12月, 113年1月: a year followed by a month is a date, whatever its digits.
    private static func monthFollows(_ end: Int, in units: [UInt16]) -> Bool {
        var index = end
        while index < units.count, index - end < 3, CodeUnit.isDigit(units[index]) || monthDigits.contains(units[index]) {
            index += 1
        }
        return index > end && index < units.count && units[index] == month
    }

    private static let month = UInt16(("月" as Unicode.Scalar).value)
    private static let monthDigits: CodeUnitSet = "一二三四五六七八九十"
    private static let republicEra = [Array("民國".utf16), Array("民国".utf16)]
}
