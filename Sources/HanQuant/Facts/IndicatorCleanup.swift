/// The last look at an indicator before it is kept: footnote markers
/// (`[2]`, and the digit NFKC leaves of `①`), a paragraph's number and a
/// trailing 分别, 完成 or 累计 (一般公共预算收入完成18.64亿元) are cut off,
/// and what is left is refused when it names nothing: a single character
/// (和, 增, 年), a word of `Lexicons/non-indicators.txt` (基础上, 同期,
/// 力争), or a comparison (较上年, 較原來預算).
struct IndicatorCleanup: Sendable {
    /// The listed words, matched on UTF-16 units: comparing Chinese
    /// strings as Swift strings normalizes them first, which is slow.
    private let refused: PhraseTrie<Bool>

    /// The cleanup over the bundled word list.
    static let bundled = IndicatorCleanup(LexiconFile.bundled("non-indicators.txt"))

    /// Builds the cleanup from a word list.
    init(_ lexicon: LexiconFile) {
        var refused = PhraseTrie<Bool>()
        for row in lexicon.rows { refused.insert(row[0], true) }
        self.refused = refused
        longestRefusedUTF8 = lexicon.rows.map { $0[0].utf8.count }.max() ?? 1
    }

    /// The length of the longest refused word, in UTF-8 bytes.
    private let longestRefusedUTF8: Int

    /// `indicator` without its markers, or nil when it names nothing.
    func cleaned(_ indicator: String) -> String? {
        if needsNoCleaning(indicator) { return indicator }
        var units = Array(indicator.utf16)
        Self.dropParagraphNumber(&units)
        Self.dropFootnoteMarker(&units)
        for word in Self.trailingWords where units.count > word.count && units.suffix(word.count).elementsEqual(word) {
            units.removeLast(word.count)
        }
        guard units.count > 1, !Self.comparisons.contains(where: { units.starts(with: $0) }) else { return nil }
        return refused.value(exactly: units[...]) == nil ? String(utf16Units: units[...]) : nil
    }

    /// Whether an indicator is certainly kept as it is, told without
    /// copying it: most are, and this runs for every figure. (A native
    /// string stores UTF-8, whose count and ends are at hand.)
    private func needsNoCleaning(_ indicator: String) -> Bool {
        guard indicator.utf8.count > longestRefusedUTF8, let first = indicator.unicodeScalars.first,
              let last = indicator.unicodeScalars.last, first.value <= 0xFFFF, last.value <= 0xFFFF else { return false }
        let firstUnit = UInt16(first.value), lastUnit = UInt16(last.value)
        guard !CodeUnit.isDigit(firstUnit), !Self.numeralDigits.contains(firstUnit), !CodeUnit.isDigit(lastUnit),
              lastUnit != Self.closingBracket, !Self.trailingLasts.contains(lastUnit) else { return false }
        return !Self.comparisonStarts.contains(firstUnit) || !Self.comparisonsUTF8.contains { indicator.utf8.starts(with: $0) }
    }

    /// Cuts a paragraph's number off the start (`7. 經常開支`, `一、社會福利支出`).
    private static func dropParagraphNumber(_ units: inout [UInt16]) {
        var digits = 0
        while digits < units.count, CodeUnit.isDigit(units[digits]) || numeralDigits.contains(units[digits]) { digits += 1 }
        guard digits > 0, digits + 1 < units.count, numberEnds.contains(units[digits]) else { return }
        var start = digits + 1
        while start < units.count, units[start] == CodeUnit.space { start += 1 }
        units.removeSubrange(..<start)
    }

    /// Cuts a footnote marker off the end: `[2]` or `[2` (its bracket may be
    /// trimmed as punctuation already), or one or two digits right after an
    /// ideograph, which is how NFKC writes a circled ① there.
    private static func dropFootnoteMarker(_ units: inout [UInt16]) {
        var end = units.count
        if end > 0, units[end - 1] == closingBracket { end -= 1 }
        var digits = end
        while digits > 0, CodeUnit.isDigit(units[digits - 1]), end - digits < 2 { digits -= 1 }
        guard digits < end, digits > 0 else { return }
        if units[digits - 1] == openingBracket {
            units.removeSubrange((digits - 1)...)
        } else if end == units.count, isIdeograph(units[digits - 1]) {
            units.removeSubrange(digits...)
        }
    }

    private static func isIdeograph(_ unit: UInt16) -> Bool {
        (0x3400...0x4DBF).contains(unit) || (0x4E00...0x9FFF).contains(unit)
    }

    private static let numberEnds: CodeUnitSet = ".、"
    private static let numeralDigits: CodeUnitSet = "一二三四五六七八九十壹貳參肆伍陸柒捌玖拾"
    private static let openingBracket = UInt16(("[" as Unicode.Scalar).value)
    private static let closingBracket = UInt16(("]" as Unicode.Scalar).value)
    private static let trailingWords: [[UInt16]] = ["分别", "分別", "完成", "累计", "累計"].map { Array($0.utf16) }
    /// The last characters of the trailing words.
    private static let trailingLasts: CodeUnitSet = "别別成计計"
    private static let comparisonWords = ["较", "較", "比上", "比去", "比同", "比年", "同比", "与上", "與上", "环比", "環比"]
    private static let comparisons: [[UInt16]] = comparisonWords.map { Array($0.utf16) }
    private static let comparisonsUTF8: [[UInt8]] = comparisonWords.map { Array($0.utf8) }
    /// The first characters of the comparison words.
    private static let comparisonStarts: CodeUnitSet = "较較比同与與环環"
}
