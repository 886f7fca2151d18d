/// Reads a year written before 年 in normalized text: four digits (`2021年`)
/// or a Republic of China year (`民國112年`, `中華民國113年度`, or three
/// digits alone: `112年`), given as its Gregorian year.
enum YearReader {
    /// The year written at `start`, and where its 年 ends, or nil.
    static func year(in units: [UInt16], at start: Int, limit: Int) -> (year: Int, end: Int)? {
        var index = start
        var isROC = false
        for prefix in rocPrefixes where units[index..<limit].starts(with: prefix) {
            index += prefix.count
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
        guard index < limit, units[index] == yearMark, count > 0,
              digitsStart == 0 || !CodeUnit.isDigit(units[digitsStart - 1]) else { return nil }
        if count == 4, !isROC { return (value, index + 1) }
        guard isROC || count == 3, DateReader.rocYears.contains(value) else { return nil }
        return (value + DateReader.rocOffset, index + 1)
    }

    /// The first year written in `range`.
    static func firstYear(in units: [UInt16], range: Range<Int>) -> Int? {
        for index in range where CodeUnit.isDigit(units[index]) || units[index] == rocStart || units[index] == rocShortStart {
            if let found = year(in: units, at: index, limit: range.upperBound) { return found.year }
        }
        return nil
    }

    private static let yearMark = UInt16(("年" as Unicode.Scalar).value)
    private static let rocStart = UInt16(("中" as Unicode.Scalar).value)
    private static let rocShortStart = UInt16(("民" as Unicode.Scalar).value)
    private static let rocPrefixes: [[UInt16]] = ["中華民國", "中华民国", "民國", "民国"].map { Array($0.utf16) }
}
