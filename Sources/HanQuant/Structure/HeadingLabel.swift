/// The numbering styles that open a section heading at the start of a line.
///
/// Levels are not fixed per style: the first style met is level 1, a new
/// style nests under the current one, and a style seen before closes the
/// deeper levels (as `一、` after `(三)` does).
public enum HeadingStyle: String, Sendable, CaseIterable {
    /// 第一章, 第二节, 第三部分, 第四篇.
    case chapter
    /// 壹、 貳、 參、: the formal numerals Taiwan's documents number their
    /// parts with, above 一、.
    case financialNumeral
    /// 一、 二、 十一、
    case chineseNumeral
    /// (一) （二）, full-width parentheses included (NFKC makes them ASCII).
    case chineseNumeralInParentheses
    /// 1. 2、 (and full-width １．)
    case arabicNumeral
    /// (1) （2）
    case arabicNumeralInParentheses
    /// No number label: a line the markup of a web page or Word document
    /// makes a heading (`<h2>附件</h2>`, a `Heading 2` style).
    case markup
}

/// A heading's number label found at the start of a line.
struct HeadingLabel: Equatable {
    /// Its numbering style.
    let style: HeadingStyle
    /// The label's UTF-16 range in the normalized text, punctuation included.
    let range: Range<Int>

    /// Chinese numerals allowed in labels.
    private static let chineseDigits: CodeUnitSet = "〇零一二三四五六七八九十百"
    /// Formal (financial) numerals, both scripts.
    private static let financialDigits: CodeUnitSet = "零壹贰貳叁參叄肆伍陆陸柒捌玖拾佰"
    private static let chapterWords: [[UInt16]] = ["章", "节", "節", "部分", "篇"].map { Array($0.utf16) }
    private static let ordinalPrefix = UInt16(("第" as Unicode.Scalar).value)
    private static let longestNumber = 4

    /// The label at the start of `range` in `units` (leading spaces skipped), if any.
    static func find(in units: [UInt16], range: Range<Int>) -> HeadingLabel? {
        let start = range.trimmingSpaces(in: units).lowerBound
        let end = range.upperBound
        guard start < end else { return nil }
        let first = units[start]

        if first == ordinalPrefix {
            let numberEnd = scan(units, from: start + 1, to: end) { chineseDigits.contains($0) || CodeUnit.isDigit($0) }
            guard numberEnd > start + 1 else { return nil }
            for word in chapterWords where units[numberEnd..<end].starts(with: word) {
                return HeadingLabel(style: .chapter, range: start..<(numberEnd + word.count))
            }
            return nil
        }
        if first == CodeUnit.openParenthesis {
            let chinese = scan(units, from: start + 1, to: end) { chineseDigits.contains($0) }
            let arabic = scan(units, from: start + 1, to: end, where: CodeUnit.isDigit)
            let numberEnd = max(chinese, arabic)
            guard numberEnd > start + 1, numberEnd - start - 1 <= longestNumber, numberEnd < end,
                  units[numberEnd] == CodeUnit.closeParenthesis else { return nil }
            let style: HeadingStyle = chinese > arabic ? .chineseNumeralInParentheses : .arabicNumeralInParentheses
            return HeadingLabel(style: style, range: start..<(numberEnd + 1))
        }
        if chineseDigits.contains(first) {
            let numberEnd = scan(units, from: start, to: end) { chineseDigits.contains($0) }
            guard numberEnd - start <= longestNumber, numberEnd < end,
                  units[numberEnd] == CodeUnit.ideographicComma else { return nil }
            return HeadingLabel(style: .chineseNumeral, range: start..<(numberEnd + 1))
        }
        if financialDigits.contains(first) {
            let numberEnd = scan(units, from: start, to: end) { financialDigits.contains($0) }
            guard numberEnd - start <= longestNumber, numberEnd < end,
                  units[numberEnd] == CodeUnit.ideographicComma else { return nil }
            return HeadingLabel(style: .financialNumeral, range: start..<(numberEnd + 1))
        }
        if CodeUnit.isDigit(first) {
            let numberEnd = scan(units, from: start, to: end, where: CodeUnit.isDigit)
            // "1." must not be the start of a decimal such as 1.5亿元.
            guard numberEnd - start <= 2, numberEnd + 1 < end,
                  units[numberEnd] == CodeUnit.fullStop || units[numberEnd] == CodeUnit.ideographicComma,
                  !CodeUnit.isDigit(units[numberEnd + 1]) else { return nil }
            return HeadingLabel(style: .arabicNumeral, range: start..<(numberEnd + 1))
        }
        return nil
    }

    private static func scan(_ units: [UInt16], from start: Int, to end: Int, where matches: (UInt16) -> Bool) -> Int {
        var index = start
        while index < end, matches(units[index]) { index += 1 }
        return index
    }
}
