import Foundation

/// Reads a whole string as one calendar date: `2016年12月9日`,
/// `二〇一六年十二月九日`, `(2016年12月9日)` or `2016-12-09`.
enum DateReader {
    /// The date the whole of `text` writes, or nil.
    static func date(_ text: String) -> CalendarDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let chinese = /^[(\[【〔]?\s*([0-9〇零○一二三四五六七八九]{4})\s*年\s*([0-9十一二三四五六七八九]{1,3})\s*月\s*([0-9十一二三四五六七八九]{1,3})\s*日\s*[)\]】〕]?$/
        let numeric = /^([0-9]{4})[-.\/]([0-9]{1,2})[-.\/]([0-9]{1,2})$/
        let parts = (try? chinese.wholeMatch(in: trimmed)).map { ($0.1, $0.2, $0.3) }
            ?? (try? numeric.wholeMatch(in: trimmed)).map { ($0.1, $0.2, $0.3) }
        guard let parts, let year = number(parts.0), let month = number(parts.1), let day = number(parts.2) else {
            return nil
        }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The value of a short numeral: ASCII digits, Chinese digits read one by
    /// one (二〇一六), or a tens form (十, 十二, 二十, 三十一).
    static func number(_ text: Substring) -> Int? {
        if let value = Int(text) { return value }
        let digits: [Character: Int] = ["〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4,
                                        "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        if let ten = text.firstIndex(of: "十") {
            let tens = text[..<ten].isEmpty ? 1 : text[..<ten].count == 1 ? digits[text[text.startIndex]] : nil
            let after = text[text.index(after: ten)...]
            let ones = after.isEmpty ? 0 : after.count == 1 ? digits[after[after.startIndex]] : nil
            guard let tens, let ones else { return nil }
            return tens * 10 + ones
        }
        var value = 0
        for character in text {
            guard let digit = digits[character] else { return nil }
            value = value * 10 + digit
        }
        return value
    }
}
