/// Reads a year written before 年 in normalized text: four digits (`2021年`),
/// four Chinese digits (`二〇二四年`), or a Republic of China year
/// (`民國112年`, `中華民國 113 年度`, or three digits alone: `112年`), given
/// as its Gregorian year. Spaces may stand around the digits after a 民國
/// prefix, as titles set them.
enum YearReader {
    /// The year written at `start`, and where its 年 ends, or nil.
    static func year(in units: [UInt16], at start: Int, limit: Int) -> (year: Int, end: Int)? {
        guard start < limit else { return nil }
        if let chinese = chineseDigitYear(units, at: start, limit: limit) { return chinese }
        var index = start
        var isROC = false
        for prefix in rocPrefixes where mayStartROCYear(units[index]) && units.hasPrefix(prefix, at: index, limit: limit) {
            index = skippingSpaces(units, from: index + prefix.count, limit: limit)
            isROC = true
            break
        }
        let digitsStart = index
        var value = 0
        while index < limit, CodeUnit.isDigit(units[index]), index - digitsStart < 4 {
            value = value * 10 + Int(units[index] - 0x30)
            index += 1
        }
        let count = index - digitsStart
        if isROC { index = skippingSpaces(units, from: index, limit: limit) }
        guard index < limit, units[index] == yearMark, count > 0,
              digitsStart == 0 || !CodeUnit.isDigit(units[digitsStart - 1]) else { return nil }
        if count == 4, !isROC { return (value, index + 1) }
        guard isROC || count == 3, DateReader.rocYears.contains(value) else { return nil }
        return (value + DateReader.rocOffset, index + 1)
    }

    /// The first year written in `range`.
    static func firstYear(in units: [UInt16], range: Range<Int>) -> Int? {
        for index in range where CodeUnit.isDigit(units[index]) || starts.contains(units[index]) {
            if let found = year(in: units, at: index, limit: range.upperBound) { return found.year }
        }
        return nil
    }

    /// The first year written in `text`.
    static func firstYear(in text: String) -> Int? {
        let units = Array(text.utf16)
        return firstYear(in: units, range: units.indices)
    }

    /// Whether `unit` is a Chinese digit (〇 to 九, 零, ○): ``chineseDigit(_:)``
    /// without its value, one bit test.
    static func isChineseDigit(_ unit: UInt16) -> Bool {
        digitSet.contains(unit)
    }

    /// The value of a Chinese digit written alone (〇 to 九, 零, ○), or nil.
    static func chineseDigit(_ unit: UInt16) -> Int? {
        // One bit test first: most characters are no digit.
        guard digitSet.contains(unit) else { return nil }
        return chineseDigits.firstIndex(of: unit).map { $0 < 10 ? $0 : 0 }
    }

    /// Four Chinese digits from 1900 on, not inside a longer run, before 年.
    private static func chineseDigitYear(_ units: [UInt16], at start: Int, limit: Int) -> (year: Int, end: Int)? {
        guard start + 4 < limit, units[start + 4] == yearMark,
              let year = fourChineseDigits(units, at: start, limit: limit) else { return nil }
        return (year, start + 5)
    }

    /// A year of four Chinese digits at `start`, from 1900 on, neither
    /// preceded nor followed by another digit, with a character after it.
    static func fourChineseDigits(_ units: [UInt16], at start: Int, limit: Int) -> Int? {
        guard start + 4 < limit, start == 0 || !isChineseDigit(units[start - 1]),
              !isChineseDigit(units[start + 4]) else { return nil }
        var year = 0
        for offset in 0..<4 {
            guard let digit = chineseDigit(units[start + offset]) else { return nil }
            year = year * 10 + digit
        }
        return year >= 1900 ? year : nil
    }

    private static func skippingSpaces(_ units: [UInt16], from index: Int, limit: Int) -> Int {
        var index = index
        while index < limit, units[index] == CodeUnit.space { index += 1 }
        return index
    }

    /// 〇 to 九 in order, then the other ways of writing zero.
    private static let chineseDigits: [UInt16] = Array("〇一二三四五六七八九零○".utf16)
    private static let digitSet: CodeUnitSet = "〇一二三四五六七八九零○"
    private static let yearMark = UInt16(("年" as Unicode.Scalar).value)
    /// The characters a year can start with besides ASCII digits.
    private static let starts: CodeUnitSet = "中民〇一二三四五六七八九零○"
    /// Whether `unit` can start 民國 or 中華民國, the prefixes of a Republic
    /// of China year: a year written otherwise starts with a digit.
    @inline(__always)
    static func mayStartROCYear(_ unit: UInt16) -> Bool {
        unit == 0x6C11 || unit == 0x4E2D // 民, 中
    }

    private static let rocPrefixes: [[UInt16]] = ["中華民國", "中华民国", "民國", "民国"].map { Array($0.utf16) }
}
