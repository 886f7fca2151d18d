/// 三分一 (a third) and 四分三 (three quarters): fractions as Hong Kong and
/// Macau texts write them, without 之.
extension QuantityScanner {
    /// Reads a fraction whose numerator is one Chinese digit right after
    /// 分, at `start`, where the denominator's run ends at `runEnd`. The
    /// digit must end a word (三分一的, 三分一。): 十分一致 ("very
    /// consistent") is no fraction. Returns where the scan resumes, or nil.
    func readShortFraction(_ text: [UInt16], at start: Int, runEnd: Int, bounds: Range<Int>,
                           into found: inout Found) -> Int? {
        let numeratorAt = runEnd + 1
        guard numeratorAt < bounds.upperBound, text[runEnd] == Self.fen,
              let numerator = numerals.lexicon.digit(text[numeratorAt]), numerator > 0 else { return nil }
        let end = numeratorAt + 1
        if end < bounds.upperBound, CodeUnit.isHan(text[end]) || CodeUnit.isDigit(text[end]),
           !Self.afterShortFraction.contains(text[end]) { return nil }
        guard let denominator = numerals.parse(text, at: start, limit: runEnd), denominator.range.upperBound == runEnd,
              !denominator.hasArabicDigits, !denominator.isDigitRun, denominator.vague == nil,
              let whole = denominator.value.wholeValue, numerator < whole,
              let value = ExactNumber(numerator * 100).divided(by: denominator.value) else { return nil }
        let before = markerBefore(start, in: text, bounds: bounds)
        return found.quantity(Quantity(range: (before?.start ?? start)..<end, number: String(utf16Units: text, range: start..<end),
                                       scale: nil, unit: nil, value: value, valueMax: nil, baseUnit: "%",
                                       dimension: .percent, approx: before?.marker))
    }

    /// What may follow the numerator: 的 (三分一的居民), 以 (以上), 左 (左右), 强, 弱.
    private static let afterShortFraction: CodeUnitSet = "的以左强強弱"
}
