/// Named UTF-16 code units that the structure stage looks for.
///
/// These are values after NFKC: full-width `，；：（）！？` have already become
/// their ASCII forms, while `。、` have no compatibility form and stay.
enum CodeUnit {
    static let lineFeed: UInt16 = 0x0A
    static let carriageReturn: UInt16 = 0x0D
    static let space: UInt16 = 0x20
    static let tab: UInt16 = 0x09
    static let exclamation: UInt16 = 0x21
    static let openParenthesis: UInt16 = 0x28
    static let closeParenthesis: UInt16 = 0x29
    static let comma: UInt16 = 0x2C
    static let fullStop: UInt16 = 0x2E
    static let colon: UInt16 = 0x3A
    static let semicolon: UInt16 = 0x3B
    static let question: UInt16 = 0x3F
    static let ideographicComma: UInt16 = 0x3001      // 、
    static let ideographicFullStop: UInt16 = 0x3002   // 。
    static let nextLine: UInt16 = 0x85
    static let lineSeparator: UInt16 = 0x2028
    static let paragraphSeparator: UInt16 = 0x2029

    /// Whether `unit` ends a line.
    static func isLineBreak(_ unit: UInt16) -> Bool {
        unit == lineFeed || unit == carriageReturn || unit == nextLine
            || unit == lineSeparator || unit == paragraphSeparator
    }

    /// Whether `unit` is white space within a line. NFKC has already turned
    /// no-break and ideographic spaces into U+0020.
    static func isSpace(_ unit: UInt16) -> Bool {
        unit == space || unit == tab || unit == 0x0B || unit == 0x0C || unit == 0x200B || unit == 0xFEFF
    }

    /// Whether `unit` is an ASCII digit.
    static func isDigit(_ unit: UInt16) -> Bool { (0x30...0x39).contains(unit) }

    /// Whether `unit` is a Han character of the BMP (CJK Unified Ideographs and Extension A).
    static func isHan(_ unit: UInt16) -> Bool { (0x4E00...0x9FFF).contains(unit) || (0x3400...0x4DBF).contains(unit) }
}

extension Range where Bound == Int {
    /// The range without leading and trailing white space of `units`.
    func trimmingSpaces(in units: [UInt16]) -> Range<Int> {
        var start = lowerBound, end = upperBound
        while start < end, CodeUnit.isSpace(units[start]) { start += 1 }
        while end > start, CodeUnit.isSpace(units[end - 1]) { end -= 1 }
        return start..<end
    }
}

extension Array where Element == UInt16 {
    /// Whether `prefix` stands at `index`, ending by `limit`: the test of
    /// `self[index..<limit].starts(with: prefix)` without a generic slice walk.
    @inline(__always)
    func hasPrefix(_ prefix: [UInt16], at index: Int, limit: Int) -> Bool {
        guard limit - index >= prefix.count else { return false }
        for offset in prefix.indices where self[index + offset] != prefix[offset] { return false }
        return true
    }
}
