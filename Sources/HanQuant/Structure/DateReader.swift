/// Reads calendar dates as documents write them: `2016年12月9日`,
/// `二〇一六年十二月九日`, `(2016年12月9日)`, `2016-12-09`, `2023/10/25`, and
/// Republic of China dates (`中華民國112年12月20日`, `民國112年`, `112年12月20日`,
/// year 112 being 2023).
///
/// A small hand-written reader rather than a regular expression: Swift's
/// `Regex` is compiled again each time its literal is evaluated, which cost
/// milliseconds for every document, and it cannot be shared between threads.
enum DateReader {
    /// The date the whole of `text` writes, with one bracket around it allowed, or nil.
    static func date(_ text: String) -> CalendarDate? {
        var scalars = Array(text.unicodeScalars)[...]
        while let first = scalars.first, isHorizontalSpace(first) { scalars.removeFirst() }
        while let last = scalars.last, isHorizontalSpace(last) { scalars.removeLast() }
        var reader = ScalarReader(Array(scalars))
        reader.skip(oneOf: openingBrackets)
        reader.skipSpaces()
        guard let date = read(&reader) else { return nil }
        reader.skipSpaces()
        reader.skip(oneOf: closingBrackets)
        return reader.isAtEnd ? date : nil
    }

    /// White space as `CharacterSet.whitespaces` has it, which `date`
    /// trims: spaces (general category Zs), the tab, and the zero-width
    /// space (a Zs character in the Unicode version Foundation's set keeps).
    static func isHorizontalSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }

    /// The date a line opens with, after brackets, dashes and spaces, and
    /// what follows it on the line: `——2024年1月12日在…会议上` gives the date
    /// and `在…会议上`.
    static func leadingDate(_ text: String) -> (date: CalendarDate, rest: String)? {
        var reader = ScalarReader(Array(text.unicodeScalars))
        while reader.skip(oneOf: openingBrackets.union(dashes)) || reader.skipSpace() {}
        guard let date = read(&reader) else { return nil }
        return (date, reader.rest)
    }

    /// The first date written anywhere in `text` (`來源：主計總處 2023/10/25`,
    /// `发布时间 2024-03-05 09:36`).
    static func firstDate(in text: String) -> CalendarDate? {
        let scalars = Array(text.unicodeScalars)
        for start in scalars.indices where startsDate.contains(scalars[start])
            && (start == 0 || !asciiDigits.contains(scalars[start - 1])) {
            var reader = ScalarReader(scalars, at: start)
            if let date = read(&reader) { return date }
        }
        return nil
    }

    /// A date at the reader's position, advancing past it.
    private static func read(_ reader: inout ScalarReader) -> CalendarDate? {
        let start = reader
        if let date = chineseDate(&reader) { return date }
        reader = start
        if let date = numericDate(&reader) { return date }
        reader = start
        return nil
    }

    /// `2016年12月9日`, with spaces allowed between the parts; a Republic of
    /// China year after 中華民國 or 民國, or written with three digits.
    private static func chineseDate(_ reader: inout ScalarReader) -> CalendarDate? {
        let isROC = rocPrefixes.contains { reader.skip(word: $0) }
        reader.skipSpaces()
        guard let yearText = reader.run(of: yearDigits.union(hundreds), count: 1...6), var year = number(yearText),
              reader.skipSpaces(), reader.skip("年"), reader.skipSpaces(),
              let month = reader.run(of: dayDigits, count: 1...3).flatMap(number), reader.skipSpaces(),
              reader.skip("月"), reader.skipSpaces(),
              let day = reader.run(of: dayDigits, count: 1...3).flatMap(number), reader.skipSpaces(),
              reader.skip(oneOf: dayMarks) else { return nil }
        let written = yearText.unicodeScalars
        if isROC || (written.count == 3 && written.allSatisfy(asciiDigits.contains)) {
            guard rocYears.contains(year) else { return nil }
            year += rocOffset
        } else if written.count != 4 || written.contains(where: hundreds.contains) {
            return nil
        }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// `2016-12-09`, `2016.12.9` or `2016/12/09`.
    private static func numericDate(_ reader: inout ScalarReader) -> CalendarDate? {
        guard let year = reader.run(of: asciiDigits, count: 4...4).flatMap(number), let separator = reader.next(of: separators),
              let month = reader.run(of: asciiDigits, count: 1...2).flatMap(number), reader.skip(separator),
              let day = reader.run(of: asciiDigits, count: 1...2).flatMap(number) else { return nil }
        if let next = reader.peek, asciiDigits.contains(next) || separators.contains(next) && next != "." { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// Republic of China years read as such: 1 (1912) to 150 (2061).
    static let rocYears = 1...150
    /// Add to a Republic of China year to get the Gregorian year.
    static let rocOffset = 1911

    private static let rocPrefixes: [[Unicode.Scalar]] = ["中華民國", "中华民国", "民國", "民国"].map { Array($0.unicodeScalars) }
    private static let asciiDigits: Set<Unicode.Scalar> = Set("0123456789".unicodeScalars)
    private static let yearDigits = asciiDigits.union("〇零○一二三四五六七八九".unicodeScalars)
    private static let hundreds: Set<Unicode.Scalar> = Set("百十".unicodeScalars)
    private static let dayDigits = asciiDigits.union("十一二三四五六七八九".unicodeScalars)
    private static let dayMarks: Set<Unicode.Scalar> = Set("日号號".unicodeScalars)
    private static let startsDate = yearDigits.union("中民".unicodeScalars)
    private static let openingBrackets: Set<Unicode.Scalar> = Set("(（[［【〔".unicodeScalars)
    private static let closingBrackets: Set<Unicode.Scalar> = Set(")）]］】〕".unicodeScalars)
    private static let dashes: Set<Unicode.Scalar> = Set("—–-─━―".unicodeScalars)
    private static let separators: Set<Unicode.Scalar> = Set("-./".unicodeScalars)

    /// Reads a string scalar by scalar, from the front.
    private struct ScalarReader {
        private let scalars: [Unicode.Scalar]
        private var index: Int

        init(_ scalars: [Unicode.Scalar], at index: Int = 0) {
            self.scalars = scalars
            self.index = index
        }

        var isAtEnd: Bool { index == scalars.count }

        /// The next scalar, if any.
        var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        /// The scalars not read yet.
        var rest: String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[index...])
            return String(view)
        }

        /// Skips white space; always true, so that it can stand in a condition list.
        @discardableResult
        mutating func skipSpaces() -> Bool {
            while skipSpace() {}
            return true
        }

        /// Skips one white-space scalar if one comes next.
        mutating func skipSpace() -> Bool {
            guard let next = peek, next.properties.isWhitespace else { return false }
            index += 1
            return true
        }

        /// Skips `scalar` if it comes next.
        mutating func skip(_ scalar: Unicode.Scalar) -> Bool {
            skip(oneOf: [scalar])
        }

        /// Skips `word` if it comes next.
        mutating func skip(word: [Unicode.Scalar]) -> Bool {
            guard scalars[index...].starts(with: word) else { return false }
            index += word.count
            return true
        }

        /// Skips one scalar of `set` if one comes next.
        @discardableResult
        mutating func skip(oneOf set: Set<Unicode.Scalar>) -> Bool {
            next(of: set) != nil
        }

        /// Reads one scalar of `set` if one comes next.
        mutating func next(of set: Set<Unicode.Scalar>) -> Unicode.Scalar? {
            guard let next = peek, set.contains(next) else { return nil }
            index += 1
            return next
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
    /// one (二〇一六), or a hundreds and tens form (十, 十二, 二十, 三十一,
    /// 一百一十二, 一百十二).
    static func number(_ text: String) -> Int? {
        if let value = Int(text) { return value }
        let characters = Array(text)
        guard !characters.isEmpty else { return nil }
        if let hundred = characters.firstIndex(of: "百") {
            guard hundred == 1, let hundreds = digits[characters[0]] else { return nil }
            let rest = characters[(hundred + 1)...]
            if rest.isEmpty { return hundreds * 100 }
            let tail = rest.first == "零" ? String(rest.dropFirst()) : rest.first == "十" ? "一" + String(rest) : String(rest)
            guard let below = number(tail), below < 100, rest.first != "零" || below < 10 else { return nil }
            return hundreds * 100 + below
        }
        if let ten = characters.firstIndex(of: "十") {
            let tens = ten == 0 ? 1 : ten == 1 ? digits[characters[0]] : nil
            let after = characters[(ten + 1)...]
            let ones = after.isEmpty ? 0 : after.count == 1 ? digits[after[after.startIndex]] : nil
            guard let tens, let ones, tens > 0 else { return nil }
            return tens * 10 + ones
        }
        var value = 0
        for character in characters {
            guard let digit = digits[character] else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    private static let digits: [Character: Int] = ["〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4,
                                                   "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
}
