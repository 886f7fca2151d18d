/// The last look at an indicator before it is kept: footnote markers
/// (`[2]`, and the digit NFKC leaves of `①`), a paragraph's number and a
/// trailing 分别, 完成, 累计 or 控制 (一般公共预算收入完成18.64亿元,
/// 失业率控制在5.5%以内) are cut off,
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
        refusedKeys = Set(lexicon.rows.compactMap { ShortKey($0[0]) })
        longestRefusedUTF8 = lexicon.rows.map { $0[0].utf8.count }.max() ?? 0
    }

    // The character sets below are the instance's, not statics:
    // ``keptAsItIs(bytes:)`` reads them for every figure, and a static is
    // looked up through a one-time initializer check each time.

    /// Chinese numerals that may number a paragraph.
    private let numeralDigits: CodeUnitSet = "一二三四五六七八九十壹貳參肆伍陸柒捌玖拾"
    /// The last characters of the trailing words.
    private let trailingLasts: CodeUnitSet = "别別成计計制"
    /// The first characters of the comparison words.
    private let comparisonStarts: CodeUnitSet = "较較比同与與环環"

    /// The length of the longest listed word, in UTF-8 bytes.
    private let longestRefusedUTF8: Int

    /// The listed words again, as keys of their UTF-8 bytes: a short
    /// indicator is looked up without being copied.
    private let refusedKeys: Set<ShortKey>

    /// Up to 16 bytes of UTF-8 in two integers, hashed and compared as such.
    private struct ShortKey: Hashable {
        let low: UInt64, high: UInt64

        init?(_ text: String) {
            let bytes = Array(text.utf8)
            guard let key = bytes.withUnsafeBufferPointer(ShortKey.init(bytes:)) else { return nil }
            self = key
        }

        init?(bytes: UnsafeBufferPointer<UInt8>) {
            guard bytes.count <= 16 else { return nil }
            var low: UInt64 = 0, high: UInt64 = 0
            for index in bytes.indices {
                if index < 8 { low |= UInt64(bytes[index]) << (8 * UInt64(index)) } else { high |= UInt64(bytes[index]) << (8 * UInt64(index - 8)) }
            }
            self.low = low
            self.high = high
        }
    }

    /// `indicator` without its markers, or nil when it names nothing.
    func cleaned(_ indicator: String) -> String? {
        if let kept = keptAsItIs(indicator) { return kept ? indicator : nil }
        var units = Array(indicator.utf16)
        dropParagraphNumber(&units)
        Self.dropFootnoteMarker(&units)
        for word in Self.trailingWords where units.count > word.count && units.suffix(word.count).elementsEqual(word) {
            units.removeLast(word.count)
        }
        guard units.count > 1, !Self.comparisons.contains(where: { units.starts(with: $0) }) else { return nil }
        return refused.value(exactly: units[...]) == nil ? String(utf16Units: units[...]) : nil
    }

    /// Whether an indicator is kept as it is (true) or refused (false), told
    /// from its UTF-8 bytes without copying them, or nil when it needs
    /// cleaning: most are kept, and this runs for every figure.
    private func keptAsItIs(_ indicator: String) -> Bool? {
        indicator.utf8.withContiguousStorageIfAvailable { keptAsItIs(bytes: $0) } ?? nil
    }

    private func keptAsItIs(bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let first = Self.firstUnit(bytes), let last = Self.lastUnit(bytes),
              !CodeUnit.isDigit(first), !numeralDigits.contains(first), !CodeUnit.isDigit(last),
              last != Self.closingBracket, !trailingLasts.contains(last),
              !comparisonStarts.contains(first) || !Self.comparisonsUTF8.contains(where: { bytes.starts(with: $0) })
        else { return nil }
        // One character names nothing.
        if bytes.count == Self.utf8Length(of: bytes[0]) { return false }
        guard bytes.count <= longestRefusedUTF8 else { return true }
        return ShortKey(bytes: bytes).map { !refusedKeys.contains($0) } ?? true
    }

    /// The first character of UTF-8 `bytes` as a BMP code unit, or nil.
    private static func firstUnit(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt16? {
        guard let lead = bytes.first else { return nil }
        let length = utf8Length(of: lead)
        guard length <= 3, bytes.count >= length else { return nil }
        return decode(bytes, from: 0, length: length)
    }

    /// The last character of UTF-8 `bytes` as a BMP code unit, or nil.
    private static func lastUnit(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt16? {
        var start = bytes.count - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard start >= 0, bytes.count - start <= 3 else { return nil }
        return decode(bytes, from: start, length: bytes.count - start)
    }

    private static func utf8Length(of lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, length: Int) -> UInt16 {
        switch length {
        case 1: return UInt16(bytes[start])
        case 2: return UInt16(bytes[start] & 0x1F) << 6 | UInt16(bytes[start + 1] & 0x3F)
        default: return UInt16(bytes[start] & 0x0F) << 12 | UInt16(bytes[start + 1] & 0x3F) << 6 | UInt16(bytes[start + 2] & 0x3F)
        }
    }

    /// Cuts a paragraph's number off the start (`7. 經常開支`, `一、社會福利支出`).
    private func dropParagraphNumber(_ units: inout [UInt16]) {
        var digits = 0
        while digits < units.count, CodeUnit.isDigit(units[digits]) || numeralDigits.contains(units[digits]) { digits += 1 }
        guard digits > 0, digits + 1 < units.count, Self.numberEnds.contains(units[digits]) else { return }
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
    private static let openingBracket: UInt16 = 0x5B // [
    private static let closingBracket: UInt16 = 0x5D // ]
    private static let trailingWords: [[UInt16]] = ["分别", "分別", "完成", "累计", "累計", "控制"].map { Array($0.utf16) }
    private static let comparisonWords = ["较", "較", "比上", "比去", "比同", "比年", "同比", "与上", "與上", "环比", "環比"]
    private static let comparisons: [[UInt16]] = comparisonWords.map { Array($0.utf16) }
    private static let comparisonsUTF8: [[UInt8]] = comparisonWords.map { Array($0.utf8) }
}
