/// Vague numerals, which name a range rather than a number:
///
/// | written | range | marker |
/// | --- | --- | --- |
/// | 两三, 三四十, 五六百, 两三万 | 2–3, 30–40, 500–600, 20000–30000 | 概数 |
/// | 十几, 十几万 | 11–19, 110000–190000 | 几 |
/// | 二十几 | 21–29 | 几 |
/// | 几十, 几百, 几十万 | 20–90, 200–900, 200000–900000 | 几 |
/// | 数十, 数百万 (after 数) | 20–90, 2000000–9000000 | 数 |
///
/// A vague numeral is read only when nothing numeric follows it: 两三万五
/// is no single range, and the scanner then refuses the whole run.
extension NumeralParser {
    /// The vague numeral at `start`, or nil when there is none.
    func vague(_ units: [UInt16], at start: Int, limit: Int) -> Numeral? {
        // Every head begins with a Chinese digit, 十 or 几: an Arabic digit never does.
        guard !CodeUnit.isDigit(units[start]), let head = vagueHead(units, at: start, limit: limit) else { return nil }
        guard let powers = readPowers(units, from: head.end, limit: limit, scalesOnly: head.scalesOnly),
              powers.end > head.end || !head.needsPower else { return nil }
        return rangeNumeral(start: start, end: powers.end, low: head.low, high: head.high,
                            factor: powers.factor, marker: head.marker)
    }

    /// 数十, 数百万: "several" tens or hundreds, read at `start` (the 十 or
    /// 百 after 数, written `word`); nil when no multiplier or scale stands there.
    func several(_ units: [UInt16], at start: Int, limit: Int, word: UInt16) -> Numeral? {
        guard let powers = readPowers(units, from: start, limit: limit, scalesOnly: false), powers.end > start else { return nil }
        return rangeNumeral(start: start, end: powers.end, low: 2, high: 9, factor: powers.factor,
                            marker: word == Self.traditionalShu ? .shuTraditional : .shu)
    }

    private static let traditionalShu = UInt16(("數" as Unicode.Scalar).value)
    private static let traditionalJi = UInt16(("幾" as Unicode.Scalar).value)

    /// The marker of 几 or 幾 as written.
    private func marker(ji unit: UInt16) -> VagueRange.Marker { unit == Self.traditionalJi ? .jiTraditional : .ji }

    /// The part of a vague numeral before its multipliers and scales.
    private struct VagueHead {
        let low: Int, high: Int, end: Int, marker: VagueRange.Marker
        /// Only 万/亿 may follow (十几万), not 十百千.
        let scalesOnly: Bool
        /// A multiplier or scale must follow (几十; 几 alone is "how many").
        let needsPower: Bool
    }

    /// The head at `start`: two neighbouring digits, 几, 十几 or 二十几.
    private func vagueHead(_ units: [UInt16], at start: Int, limit: Int) -> VagueHead? {
        let first = units[start]
        func kind(_ offset: Int) -> NumeralLexicon.Kind? {
            start + offset < limit ? lexicon.kind(of: units[start + offset]) : nil
        }
        // 两三, 三四十: two neighbouring digits, the smaller first.
        if let low = lexicon.digit(first), low >= 1, start + 1 < limit, let high = lexicon.digit(units[start + 1]),
           high == low + 1 {
            if case .digit? = kind(2) { return nil } // 一二三: a run of digits
            return VagueHead(low: low, high: high, end: start + 2, marker: .neighbours, scalesOnly: false, needsPower: false)
        }
        if kind(0) == .vague {
            return VagueHead(low: 2, high: 9, end: start + 1, marker: marker(ji: first), scalesOnly: false, needsPower: true)
        }
        // 十几
        if kind(0) == .multiplier(10), kind(1) == .vague {
            return VagueHead(low: 11, high: 19, end: start + 2, marker: marker(ji: units[start + 1]), scalesOnly: true,
                             needsPower: false)
        }
        // 二十几
        if let tens = lexicon.digit(first), tens >= 1, kind(1) == .multiplier(10), kind(2) == .vague {
            return VagueHead(low: tens * 10 + 1, high: tens * 10 + 9, end: start + 3, marker: marker(ji: units[start + 2]),
                             scalesOnly: true, needsPower: false)
        }
        return nil
    }

    /// Multipliers and scales after a vague head: at most one of 十百千,
    /// then 万 and/or 亿 in rising order. Returns their product and end.
    private func readPowers(_ units: [UInt16], from start: Int, limit: Int,
                            scalesOnly: Bool) -> (factor: ExactNumber, end: Int)? {
        var factor = ExactNumber.one
        var index = start
        var sawMultiplier = scalesOnly
        var lastScale = 0
        while index < limit, let kind = lexicon.kind(of: units[index]) {
            switch kind {
            case .multiplier(let value) where !sawMultiplier && lastScale == 0:
                sawMultiplier = true
                guard let product = factor.multiplied(by: ExactNumber(value)) else { return nil }
                factor = product
            case .scale(let value) where value > lastScale:
                lastScale = value
                guard let product = factor.multiplied(by: ExactNumber(value)) else { return nil }
                factor = product
            default:
                return nil // a digit, point or second multiplier: not one range
            }
            index += 1
        }
        return (factor, index)
    }

    /// The range `low × factor` to `high × factor` as a numeral.
    private func rangeNumeral(start: Int, end: Int, low: Int, high: Int, factor: ExactNumber,
                              marker: VagueRange.Marker) -> Numeral? {
        guard let value = ExactNumber(low).multiplied(by: factor), ExactNumber(high).multiplied(by: factor) != nil
        else { return nil }
        var numeral = Numeral(range: start..<end, value: value, hasArabicDigits: false, scaleStart: nil,
                              withoutLastScale: nil, isDigitRun: false, isTooLong: false, arabicIntegerDigits: nil)
        numeral.vague = VagueRange(low: UInt8(low), high: UInt8(high), marker: marker)
        return numeral
    }
}
