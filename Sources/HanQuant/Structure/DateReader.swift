import Foundation

/// Reads a whole string as one calendar date: `2016年12月9日`,
/// `二〇一六年十二月九日`, `(2016年12月9日)` or `2016-12-09`.
///
/// A small hand-written reader rather than a regular expression: Swift's
/// `Regex` is compiled again each time its literal is evaluated, which cost
/// milliseconds for every document, and it cannot be shared between threads.
enum DateReader {
    /// The date the whole of `text` writes, or nil.
    static func date(_ text: String) -> CalendarDate? {
        let scalars = Array(text.trimmingCharacters(in: .whitespaces).unicodeScalars)
        guard let parts = chineseDate(scalars) ?? numericDate(scalars),
              let year = number(parts.year), let month = number(parts.month), let day = number(parts.day) else {
            return nil
        }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The year, month and day of `2016年12月9日`, with spaces allowed between
    /// the parts and one bracket around the whole.
    private static func chineseDate(_ scalars: [Unicode.Scalar]) -> (year: String, month: String, day: String)? {
        var reader = ScalarReader(scalars)
        reader.skip(oneOf: openingBrackets)
        reader.skipSpaces()
        guard let year = reader.run(of: yearDigits, count: 4...4), reader.skipSpaces(), reader.skip("年"),
              reader.skipSpaces(), let month = reader.run(of: dayDigits, count: 1...3), reader.skipSpaces(),
              reader.skip("月"), reader.skipSpaces(), let day = reader.run(of: dayDigits, count: 1...3),
              reader.skipSpaces(), reader.skip("日") else { return nil }
        reader.skipSpaces()
        reader.skip(oneOf: closingBrackets)
        return reader.isAtEnd ? (year, month, day) : nil
    }

    /// The year, month and day of `2016-12-09`, `2016.12.9` or `2016/12/09`.
    private static func numericDate(_ scalars: [Unicode.Scalar]) -> (year: String, month: String, day: String)? {
        var reader = ScalarReader(scalars)
        guard let year = reader.run(of: asciiDigits, count: 4...4), reader.skip(oneOf: separators),
              let month = reader.run(of: asciiDigits, count: 1...2), reader.skip(oneOf: separators),
              let day = reader.run(of: asciiDigits, count: 1...2), reader.isAtEnd else { return nil }
        return (year, month, day)
    }

    private static let asciiDigits: Set<Unicode.Scalar> = Set("0123456789".unicodeScalars)
    private static let yearDigits = asciiDigits.union("〇零○一二三四五六七八九".unicodeScalars)
    private static let dayDigits = asciiDigits.union("十一二三四五六七八九".unicodeScalars)
    private static let openingBrackets: Set<Unicode.Scalar> = Set("([【〔".unicodeScalars)
    private static let closingBrackets: Set<Unicode.Scalar> = Set(")]】〕".unicodeScalars)
    private static let separators: Set<Unicode.Scalar> = Set("-./".unicodeScalars)

    /// Reads a string scalar by scalar, from the front.
    private struct ScalarReader {
        private let scalars: [Unicode.Scalar]
        private var index = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var isAtEnd: Bool { index == scalars.count }

        /// Skips white space; always true, so that it can stand in a condition list.
        @discardableResult
        mutating func skipSpaces() -> Bool {
            while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
            return true
        }

        /// Skips `scalar` if it comes next.
        mutating func skip(_ scalar: Unicode.Scalar) -> Bool {
            skip(oneOf: [scalar])
        }

        /// Skips one scalar of `set` if one comes next.
        @discardableResult
        mutating func skip(oneOf set: Set<Unicode.Scalar>) -> Bool {
            guard index < scalars.count, set.contains(scalars[index]) else { return false }
            index += 1
            return true
        }

        /// The whole run of scalars of `set` that comes next, when its length is in `count`.
        mutating func run(of set: Set<Unicode.Scalar>, count: ClosedRange<Int>) -> String? {
            let start = index
            while index < scalars.count, set.contains(scalars[index]) { index += 1 }
            guard count.contains(index - start) else { return nil }
            var run = String.UnicodeScalarView()
            run.append(contentsOf: scalars[start..<index])
            return String(run)
        }
    }

    /// The value of a short numeral: ASCII digits, Chinese digits read one by
    /// one (二〇一六), or a tens form (十, 十二, 二十, 三十一).
    static func number(_ text: String) -> Int? {
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
