/// 角 and 分 after 元, as amounts are written in full on contracts and
/// budgets: 肆佰伍拾貳萬零玖佰伍拾陸元伍角柒分 is 4520956.57, and 元整 marks
/// a whole amount. Without them the quantity would stop at 元 and give a
/// part of the number.
extension QuantityScanner {
    /// Reads 角, 分 and 整 after the bare currency unit of `reading`, adding
    /// tenths and hundredths to its number. Returns where the reading ends.
    func readSubunits(_ text: [UInt16], into reading: inout QuantityReading, at cursor: Int, bounds: Range<Int>) -> Int {
        guard let unit = reading.unit, unit.dimension == .money,
              UnitLexicon.bareCurrencySurfaces.contains(unit.surface) else { return cursor }
        var index = cursor
        var hundredths = 0
        if let tenths = digit(before: Self.jiao, in: text, at: index, limit: bounds.upperBound) {
            hundredths += tenths * 10
            index += 2
        }
        // 元零柒分: a 零 may stand for the empty 角.
        let centsStart = index < bounds.upperBound && text[index] == Self.zero ? index + 1 : index
        if let cents = digit(before: Self.fen, in: text, at: centsStart, limit: bounds.upperBound),
           !(centsStart + 2 < bounds.upperBound && text[centsStart + 2] == Self.of) {
            hundredths += cents
            index = centsStart + 2
        }
        if hundredths > 0 {
            guard reading.numeral.vague == nil, !reading.hasOwnScale,
                  let value = reading.numeral.value.adding(ExactNumber(significand: UInt128(hundredths), exponent: -2))
            else { return cursor }
            reading.numeral.value = value
        }
        if index < bounds.upperBound, text[index] == Self.whole { index += 1 }
        return index
    }

    /// The digit (Chinese or Arabic) at `index` when `word` follows it.
    private func digit(before word: UInt16, in text: [UInt16], at index: Int, limit: Int) -> Int? {
        guard index + 1 < limit, text[index + 1] == word else { return nil }
        if CodeUnit.isDigit(text[index]) { return Int(text[index] - 0x30) }
        return numerals.lexicon.digit(text[index]).flatMap { $0 > 0 ? $0 : nil }
    }

    private static let jiao = UInt16(("角" as Unicode.Scalar).value)
    private static let of = UInt16(("之" as Unicode.Scalar).value)
    private static let whole = UInt16(("整" as Unicode.Scalar).value)
}
